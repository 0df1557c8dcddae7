//! The season's skeleton: which role, phase and kind each week has, before any volume is chosen.
//! Phases are worked backward from each A race (race week, taper, peak, build, base, prep); races,
//! tapers, recoveries and transitions are placed first, then deloads on the chosen cadence.

use chrono::{Datelike, Duration, NaiveDate};

use super::input::PlanInput;
use super::kinds::{Phase, WeekKind};
use super::model::{Checkin, Priority, Race, WarningSign};
use super::science;

/// What a week is for, with the race it concerns.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Role {
    /// A training week (load, deload or ramp-back).
    Train,
    /// Week `week` of `of` of the taper before race `race`, `days` long; `share` of this
    /// week's days fall inside the taper (the first taper week may hold load days before it).
    Taper {
        race: usize,
        week: u32,
        of: u32,
        days: u32,
        share: f64,
    },
    /// The week of an A or B race.
    Race { race: usize },
    /// Week `week` of `of` of the reverse taper after race `race`.
    Recovery { race: usize, week: u32, of: u32 },
    /// Easy weeks after the season's last A race.
    Transition { race: usize },
}

/// Why a week is a deload.
#[derive(Clone, Debug, PartialEq)]
pub enum DeloadWhy {
    /// The cadence came round after this many load weeks.
    Cadence(u32),
    /// Check-ins showed these warning signs.
    Signs(Vec<WarningSign>),
}

/// Where a load week stands in the climb to its segment's peak: the load and ramp-back weeks left
/// up to and including the climb's last week (the first load week of the peak phase). Both are 0
/// after it: the peak is held until the taper.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Climb {
    pub load_weeks: u32,
    pub ramp_backs: u32,
}

/// One week of the skeleton.
#[derive(Clone, Debug)]
pub struct Frame {
    pub start: NaiveDate,
    pub role: Role,
    pub phase: Phase,
    pub kind: WeekKind,
    /// The race the phases lead to (index into the sorted races).
    pub target: usize,
    /// Whole weeks from this week to the target's race week.
    pub weeks_to_target: u32,
    pub deload: Option<DeloadWhy>,
    /// A deload was due but the taper that follows takes its place.
    pub deload_in_taper: bool,
    /// The climb to the peak still ahead of this week.
    pub climb: Climb,
}

/// Days from `start` to `date`, as whole weeks (which week of the plan `date` falls in).
pub fn week_index(start: NaiveDate, date: NaiveDate) -> usize {
    ((date - start).num_days().max(0) / 7) as usize
}

/// The first day of the week holding `date`.
pub fn week_start_of(date: NaiveDate, input: &PlanInput) -> NaiveDate {
    let ws = input.settings.week_start.weekday();
    date - Duration::days(i64::from(date.weekday().days_since(ws)))
}

/// The runner's expected weekly volume around race `r` ("recent load" for recovery): the baseline
/// grown about 7% a week (the 10% cap less deloads), at most the peak the plan builds toward.
pub fn expected_weekly_km(input: &PlanInput, r: &Race) -> f64 {
    let s = &input.settings;
    let b = input.baseline.weekly_km;
    let weeks = ((r.date - input.today).num_days() / 7).clamp(0, 104) as i32;
    let start = science::start_km(b, s.runs_per_week, s.max_weekly_km);
    let peak = science::peak_km(start, r.distance.km(), s.experience, s.max_weekly_km);
    (b * 1.07f64.powi(weeks))
        .min(peak.max(b))
        .min(s.max_weekly_km)
}

/// Easy days after race `r` for this runner, by distance and expected recent volume.
pub fn recovery_days(input: &PlanInput, r: &Race) -> u32 {
    science::recovery_days(r.distance.km(), expected_weekly_km(input, r))
}

/// The last easy day after race `i`, with `recovery[i]` easy days after it.
pub fn recovery_end(races: &[Race], recovery: &[u32], i: usize) -> Option<NaiveDate> {
    let r = races.get(i)?;
    let days = recovery.get(i).copied().unwrap_or(0);
    Some(r.date + Duration::days(i64::from(days)))
}

/// Distinct warning signs in check-ins of the 7 days up to and including `day`.
pub fn recent_signs(checkins: &[Checkin], day: NaiveDate) -> Vec<WarningSign> {
    let mut signs: Vec<WarningSign> = checkins
        .iter()
        .filter(|c| c.date <= day && c.date > day - Duration::days(7))
        .flat_map(|c| c.signs.iter().copied())
        .collect();
    signs.sort();
    signs.dedup();
    signs
}

/// The unscheduled deload the check-ins call for: the first week starting on or after the first
/// check-in (up to today) at which two or more distinct warning signs stand in its 7-day window,
/// with those signs. It is anchored to that check-in's date, not to today, so the deload stays a
/// deload for its whole week; a week already past (before `start`) calls for nothing.
pub fn signs_deload(
    input: &PlanInput,
    today: NaiveDate,
    start: NaiveDate,
) -> Option<(NaiveDate, Vec<WarningSign>)> {
    let mut dates: Vec<NaiveDate> = input
        .checkins
        .iter()
        .map(|c| c.date)
        .filter(|d| *d <= today)
        .collect();
    dates.sort();
    dates.dedup();
    dates.into_iter().find_map(|d| {
        let signs = recent_signs(&input.checkins, d);
        let ws = week_start_of(d, input);
        let week = if ws == d { ws } else { ws + Duration::days(7) };
        (signs.len() >= 2 && week >= start).then_some((week, signs))
    })
}

/// The races the season's phases are built around: the A races, or the last race when there is none.
pub fn anchors(races: &[Race]) -> Vec<usize> {
    let a: Vec<usize> = (0..races.len())
        .filter(|&i| races[i].priority == Priority::A)
        .collect();
    if a.is_empty() {
        races.len().checked_sub(1).into_iter().collect()
    } else {
        a
    }
}

/// What the season's past tells the skeleton: the kinds its frozen training weeks had, and the
/// real today (the skeleton is laid out as of the season's first day, but check-ins up to today
/// count).
#[derive(Clone, Debug, Default)]
pub struct Hints {
    pub kinds: Vec<(NaiveDate, WeekKind)>,
    pub today: Option<NaiveDate>,
}

/// Builds the weekly skeleton from the plan's first week to the end of the last recovery/transition.
/// `recovery[i]` is the number of easy days after race `i`.
pub fn build(
    input: &PlanInput,
    races: &[Race],
    start: NaiveDate,
    hints: &Hints,
    recovery: &[u32],
) -> Vec<Frame> {
    let anchors = anchors(races);
    let last_anchor = anchors.last().copied().unwrap_or(0);
    // The plan ends with the last recovery, plus transition weeks after the last anchor.
    let mut end = start;
    for (i, r) in races.iter().enumerate() {
        end = end.max(recovery_end(races, recovery, i).unwrap_or(r.date));
    }
    let transition_weeks: usize = 2;
    let n = week_index(start, end) + 1 + transition_weeks;
    let mut frames: Vec<Frame> = (0..n)
        .map(|i| Frame {
            start: start + Duration::days(7 * i as i64),
            role: Role::Train,
            phase: Phase::Base,
            kind: WeekKind::Load,
            target: last_anchor,
            weeks_to_target: 0,
            deload: None,
            deload_in_taper: false,
            climb: Climb::default(),
        })
        .collect();
    place_races(&mut frames, races, &anchors, start);
    place_recoveries(&mut frames, races, start, recovery);
    place_transition(
        &mut frames,
        races,
        last_anchor,
        start,
        recovery,
        transition_weeks,
    );
    assign_phases(&mut frames, races, &anchors, start);
    assign_kinds(&mut frames, input, hints);
    assign_climb(&mut frames);
    frames
}

/// Race weeks for A and B races, tapers before anchors.
fn place_races(frames: &mut [Frame], races: &[Race], anchors: &[usize], start: NaiveDate) {
    for &a in anchors {
        let r = &races[a];
        let rw = week_index(start, r.date);
        if r.priority != Priority::A {
            continue;
        }
        // The taper is counted in days back from race day, whatever day the week starts on:
        // the weeks before the race week it reaches into are taper weeks, the first of them
        // tapering only its days inside the span.
        let pre = (r.date - frames[rw].start).num_days() as f64;
        let want = science::taper_days(r.distance.km()).round();
        let before = (want - pre).max(0.0);
        let full = (before / 7.0).ceil() as usize;
        let tw = full.min(rw);
        let first_share = if tw < full {
            1.0
        } else {
            (before - 7.0 * tw.saturating_sub(1) as f64) / 7.0
        };
        let days = (pre + before.min(7.0 * tw as f64)) as u32;
        for k in 0..tw {
            let w = rw - tw + k;
            frames[w].role = Role::Taper {
                race: a,
                week: k as u32 + 1,
                of: tw as u32,
                days,
                share: if k == 0 { first_share } else { 1.0 },
            };
        }
    }
    for (i, r) in races.iter().enumerate() {
        if r.priority == Priority::C && !anchors.contains(&i) {
            continue;
        }
        let rw = week_index(start, r.date);
        // An A race outranks a B race in the same week; a B race inside a taper keeps the taper.
        let free = match frames[rw].role {
            Role::Train => true,
            Role::Taper { .. } => r.priority == Priority::A,
            Role::Race { race } => races[race].priority > r.priority,
            _ => false,
        };
        if free {
            frames[rw].role = Role::Race { race: i };
        }
    }
}

/// Recovery weeks after A and B races: a week with five or more recovery days is a recovery week
/// (shorter spills stay easy days at the start of a normal week).
fn place_recoveries(frames: &mut [Frame], races: &[Race], start: NaiveDate, recovery: &[u32]) {
    for (i, r) in races.iter().enumerate() {
        if r.priority == Priority::C {
            continue;
        }
        let end = recovery_end(races, recovery, i).unwrap_or(r.date);
        let rw = week_index(start, r.date);
        let mut weeks = Vec::new();
        for (w, f) in frames.iter().enumerate().skip(rw + 1) {
            let ws = f.start;
            if ws > end {
                break;
            }
            let covered = (end - ws).num_days() + 1;
            if covered >= 5 && f.role == Role::Train {
                weeks.push(w);
            } else {
                break;
            }
        }
        let of = weeks.len() as u32;
        for (k, w) in weeks.into_iter().enumerate() {
            frames[w].role = Role::Recovery {
                race: i,
                week: k as u32 + 1,
                of,
            };
        }
    }
}

/// Transition weeks after the last anchor's recovery (one week when more races follow).
fn place_transition(
    frames: &mut [Frame],
    races: &[Race],
    last: usize,
    start: NaiveDate,
    recovery: &[u32],
    weeks: usize,
) {
    let Some(end) = recovery_end(races, recovery, last) else {
        return;
    };
    let more = last + 1 < races.len();
    let first = week_index(start, end) + 1;
    let count = if more { 1 } else { weeks };
    for w in first..(first + count).min(frames.len()) {
        if frames[w].role == Role::Train {
            frames[w].role = Role::Transition { race: last };
        }
    }
    // Anything left after the last race is easy running too.
    let last_race_week = races.last().map(|r| week_index(start, r.date)).unwrap_or(0);
    for f in frames.iter_mut().skip(last_race_week + 1) {
        if f.role == Role::Train {
            f.role = Role::Transition { race: last };
        }
    }
}

/// Phase of each week, counted back from the next anchor: peak, build, base, prep.
fn assign_phases(frames: &mut [Frame], races: &[Race], anchors: &[usize], start: NaiveDate) {
    let mut seg_start = 0usize;
    for &a in anchors {
        let rw = week_index(start, races[a].date);
        phase_segment(frames, a, seg_start, rw);
        seg_start = rw + 1;
    }
    // After the last anchor: later races (B/C) are the targets.
    for (w, f) in frames.iter_mut().enumerate().skip(seg_start) {
        let next = races
            .iter()
            .position(|r| week_index(start, r.date) >= w)
            .unwrap_or(races.len() - 1);
        f.target = next;
        f.weeks_to_target = week_index(start, races[next].date).saturating_sub(w) as u32;
        f.phase = Phase::Base;
    }
    for f in frames.iter_mut() {
        match f.role {
            Role::Train => {}
            Role::Taper { .. } => f.phase = Phase::Taper,
            Role::Race { race } => {
                if races[race].priority == Priority::A || anchors.contains(&race) {
                    f.phase = Phase::Race;
                }
            }
            Role::Recovery { .. } => f.phase = Phase::Recovery,
            Role::Transition { .. } => f.phase = Phase::Transition,
        }
    }
}

/// The weeks from `seg_start` to anchor `a`'s race week `rw`: their target, and the phases of
/// the training weeks before its taper.
fn phase_segment(frames: &mut [Frame], a: usize, seg_start: usize, rw: usize) {
    // Training weeks before the taper in this segment.
    let taper_start = (seg_start..=rw)
        .find(|&w| matches!(frames[w].role, Role::Taper { race, .. } if race == a))
        .unwrap_or(rw);
    let first = (seg_start..taper_start)
        .find(|&w| {
            !matches!(
                frames[w].role,
                Role::Recovery { .. } | Role::Transition { .. }
            )
        })
        .unwrap_or(taper_start);
    let n = taper_start - first;
    let peak = if n >= 6 { 2 } else { n.min(1) };
    let build = (n - peak).min(8);
    let rest = n - peak - build;
    let prep = if rest > 8 { (rest - 8).min(4) } else { 0 };
    for (j, w) in (first..taper_start).enumerate() {
        let from_end = n - 1 - j;
        frames[w].phase = if from_end < peak {
            Phase::Peak
        } else if from_end < peak + build {
            Phase::Build
        } else if j < prep {
            Phase::Prep
        } else {
            Phase::Base
        };
    }
    for w in seg_start..=rw.min(frames.len() - 1) {
        frames[w].target = a;
        frames[w].weeks_to_target = (rw - w) as u32;
    }
}

/// Load, deload and ramp-back weeks on the chosen cadence, counted from the last recovery; then
/// the deload the check-ins bring forward. A frozen training week keeps its kind, and the cadence
/// counts on from it.
fn assign_kinds(frames: &mut [Frame], input: &PlanInput, hints: &Hints) {
    let s = &input.settings;
    let every = science::load_weeks(s.deload_cadence, s.experience);
    let pinned = |start: NaiveDate| {
        hints
            .kinds
            .iter()
            .find(|(d, _)| *d == start)
            .map(|(_, k)| *k)
            .filter(|k| matches!(k, WeekKind::Load | WeekKind::Deload | WeekKind::RampBack))
    };
    let mut count = 0u32;
    let mut prev_deload = false;
    for w in 0..frames.len() {
        // A deload due in the last two weeks before a taper (or just before a race week) is
        // folded into it: at most two extra load weeks.
        let next_resets = frames
            .iter()
            .skip(w + 1)
            .take(2)
            .any(|f| matches!(f.role, Role::Taper { .. }))
            || frames
                .get(w + 1)
                .is_some_and(|f| matches!(f.role, Role::Race { .. }));
        let f = &mut frames[w];
        f.kind = match f.role {
            Role::Train => WeekKind::Load,
            Role::Taper { .. } => WeekKind::Taper,
            Role::Race { .. } => WeekKind::Race,
            Role::Recovery { .. } => WeekKind::Recovery,
            Role::Transition { .. } => WeekKind::Transition,
        };
        if f.role != Role::Train {
            count = 0;
            prev_deload = false;
            continue;
        }
        if let Some(k) = pinned(f.start) {
            f.kind = k;
            if k == WeekKind::Deload {
                f.deload = Some(DeloadWhy::Cadence(count));
            }
        } else if count >= every && !next_resets {
            f.kind = WeekKind::Deload;
            f.deload = Some(DeloadWhy::Cadence(count));
        } else if prev_deload {
            f.kind = WeekKind::RampBack;
        } else if count >= every {
            f.deload_in_taper = true;
        }
        prev_deload = f.kind == WeekKind::Deload;
        count = if prev_deload { 0 } else { count + 1 };
    }
    let start = frames.first().map(|f| f.start);
    let today = hints.today.unwrap_or(input.today);
    if let Some((week, signs)) = start.and_then(|st| signs_deload(input, today, st)) {
        if let Some(u) = frames.iter().position(|f| f.start == week) {
            if pinned(frames[u].start).is_none() {
                bring_forward(frames, u, signs);
            }
        }
    }
}

/// Week `u` becomes the deload the warning signs call for, one week long: the block's planned
/// deload (the first at or after `u` before the block ends) moves to it, so the season keeps its
/// number of deloads and every later one its planned week; the week after `u` ramps back and the
/// climb resumes as planned.
fn bring_forward(frames: &mut [Frame], u: usize, signs: Vec<WarningSign>) {
    if frames[u].role != Role::Train {
        return;
    }
    let planned = (u..frames.len())
        .take_while(|&k| frames[k].role == Role::Train)
        .find(|&k| frames[k].kind == WeekKind::Deload);
    if let Some(d) = planned.filter(|&d| d != u) {
        frames[d].kind = WeekKind::Load;
        frames[d].deload = None;
        if frames
            .get(d + 1)
            .is_some_and(|f| f.kind == WeekKind::RampBack)
        {
            frames[d + 1].kind = WeekKind::Load;
        }
    }
    frames[u].kind = WeekKind::Deload;
    frames[u].deload = Some(DeloadWhy::Signs(signs));
    frames[u].deload_in_taper = false;
    if let Some(next) = frames.get_mut(u + 1) {
        if next.role == Role::Train && next.kind == WeekKind::Load {
            next.kind = WeekKind::RampBack;
            next.deload_in_taper = false;
        }
    }
}

/// The climb of each segment (consecutive weeks with one target race): every load week up to the
/// climb's last week learns how many load and ramp-back weeks are left to reach the peak.
fn assign_climb(frames: &mut [Frame]) {
    let mut w = 0;
    while w < frames.len() {
        let target = frames[w].target;
        let end = (w..frames.len())
            .find(|&k| frames[k].target != target)
            .unwrap_or(frames.len());
        if let Some(top) = climb_top(frames, w, end) {
            let mut left = Climb::default();
            for f in frames[w..=top].iter_mut().rev() {
                match f.kind {
                    WeekKind::Load => left.load_weeks += 1,
                    WeekKind::RampBack => left.ramp_backs += 1,
                    _ => {}
                }
                f.climb = left;
            }
        }
        w = end;
    }
}

/// The climb's last week in `start..end`: the first load week of the peak phase, else the last
/// load week before the taper or the target's race week.
fn climb_top(frames: &[Frame], start: usize, end: usize) -> Option<usize> {
    let target = frames[start].target;
    (start..end)
        .find(|&k| frames[k].phase == Phase::Peak && frames[k].kind == WeekKind::Load)
        .or_else(|| {
            let stop = (start..end)
                .find(|&k| match frames[k].role {
                    Role::Taper { .. } => true,
                    Role::Race { race } => race == target,
                    _ => false,
                })
                .unwrap_or(end);
            (start..stop)
                .rev()
                .find(|&k| frames[k].kind == WeekKind::Load)
        })
}
