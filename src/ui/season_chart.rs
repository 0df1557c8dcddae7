//! The season chart: weekly volume bars coloured by phase, deload and recovery weeks marked,
//! races as markers, the projected form line and today, drawn as our own SVG.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use super::chart::{line_path, nice_max, Scale};
use super::format;
use super::state::use_state;
use crate::plan::{Plan, Priority, Units, WeekKind};

const W: f64 = 720.0;
const H: f64 = 230.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 36.0;
const TOP: f64 = 30.0;
const BOTTOM: f64 = 22.0;

/// The season chart of the current plan.
#[component]
pub fn SeasonChart() -> impl IntoView {
    let state = use_state();
    move || {
        state.plan.with(|p| match p {
            Ok(plan) if !plan.weeks.is_empty() => {
                chart(plan, state.today.get(), state.units.get(), state.selected).into_any()
            }
            _ => ().into_any(),
        })
    }
}

/// Where a date falls on the x axis, given the plan's first day and the width of one week.
fn x_of(date: NaiveDate, first: NaiveDate, week_w: f64) -> f64 {
    LEFT + (date - first).num_days() as f64 / 7.0 * week_w
}

/// A one-line summary of the chart for screen readers.
fn summary(plan: &Plan, units: Units) -> String {
    let peak = plan
        .weeks
        .iter()
        .max_by(|a, b| a.km.total_cmp(&b.km))
        .map(|w| {
            format!(
                "peak {} in the week of {}",
                format::dist0(w.km, units),
                format::date_short(w.start)
            )
        })
        .unwrap_or_default();
    let deloads = plan
        .weeks
        .iter()
        .filter(|w| w.kind == WeekKind::Deload)
        .count();
    let races: Vec<String> = plan
        .races
        .iter()
        .map(|r| {
            format!(
                "{} ({}) on {}",
                r.name,
                r.priority.label(),
                format::date_short(r.date)
            )
        })
        .collect();
    format!(
        "{} weeks, {peak}, {deloads} deload weeks. Races: {}.",
        plan.weeks.len(),
        races.join(", ")
    )
}

fn chart(
    plan: &Plan,
    today: NaiveDate,
    units: Units,
    selected: RwSignal<Option<NaiveDate>>,
) -> impl IntoView {
    let n = plan.weeks.len().max(1) as f64;
    let week_w = (W - LEFT - RIGHT) / n;
    let first = plan.weeks.first().map(|w| w.start).unwrap_or(today);
    let max_km = nice_max(
        plan.weeks
            .iter()
            .map(|w| units.from_km(w.km.max(w.actual_km.unwrap_or(0.0))))
            .fold(0.0, f64::max),
    );
    let y = Scale::new(0.0, max_km, H - BOTTOM, TOP);
    let form = Scale::new(-40.0, 30.0, H - BOTTOM, TOP);
    let bars = plan
        .weeks
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let x = LEFT + i as f64 * week_w;
            let top = y.at(units.from_km(w.km));
            let kind = w.kind.label();
            let mark = match w.kind {
                WeekKind::Deload => "D",
                WeekKind::Recovery => "R",
                WeekKind::Taper => "T",
                _ => "",
            };
            let start = w.start;
            let title = format!(
                "Week of {}: {} · {} · {} planned{}",
                format::date_short(w.start),
                format::phase(w.phase),
                format::week_kind(w.kind),
                format::dist(w.km, units),
                w.actual_km
                    .map(|a| format!(" · {} done", format::dist(a, units)))
                    .unwrap_or_default()
            );
            // What was done, as a narrower dark bar inside the planned one.
            let done = w.actual_km.map(|a| {
                let top = y.at(units.from_km(a));
                view! {
                    <rect class="bar-done" data-testid="bar-done" x=format!("{:.1}", x + week_w * 0.3)
                        y=format!("{top:.1}") width=format!("{:.1}", (week_w * 0.4).max(1.0))
                        height=format!("{:.1}", (H - BOTTOM - top).max(0.0))/>
                }
            });
            view! {
                <g class=format!("bar phase-{} wk-{kind}", w.phase.label()) data-kind=kind
                    on:click=move |_| selected.set(Some(start))>
                    <title>{title}</title>
                    <rect x=format!("{:.1}", x + 1.0) y=format!("{top:.1}")
                        width=format!("{:.1}", (week_w - 2.0).max(1.0))
                        height=format!("{:.1}", (H - BOTTOM - top).max(0.0))/>
                    {done}
                    {(!mark.is_empty()).then(|| view! {
                        <text class="bar-mark" x=format!("{:.1}", x + week_w / 2.0) y=format!("{:.1}", top - 3.0)
                            text-anchor="middle">{mark}</text>
                    })}
                </g>
            }
        })
        .collect_view();
    let races = plan
        .races
        .iter()
        .map(|r| {
            let x = x_of(r.date, first, week_w) + week_w / 7.0 / 2.0;
            let cls = format!("race-marker prio-{}", r.priority.key());
            let size = if r.priority == Priority::A { 7.0 } else { 5.0 };
            view! {
                <g class=cls data-testid="race-marker">
                    <title>{format!("{} ({} race), {}", r.name, r.priority.label(), format::date_long(r.date))}</title>
                    <line x1=format!("{x:.1}") x2=format!("{x:.1}") y1=format!("{TOP:.1}") y2=format!("{:.1}", H - BOTTOM)/>
                    <path d=format!("M{x:.1} {:.1} l{size} -{:.1} h-{:.1} z", TOP - 2.0, size * 1.6, size * 2.0)/>
                    <text x=format!("{x:.1}") y=format!("{:.1}", TOP - 14.0) text-anchor="middle">{r.priority.label()}</text>
                </g>
            }
        })
        .collect_view();
    let form_path = line_path(plan.projection.iter().map(|p| {
        (
            x_of(p.date, first, week_w) + week_w / 14.0,
            form.at(p.tsb.clamp(-40.0, 30.0)),
        )
    }));
    let today_x = x_of(today, first, week_w);
    let months = month_ticks(first, plan.weeks.len())
        .into_iter()
        .map(|d| {
            let x = x_of(d, first, week_w);
            view! {
                <g class="tick">
                    <line x1=format!("{x:.1}") x2=format!("{x:.1}") y1=format!("{:.1}", H - BOTTOM) y2=format!("{:.1}", H - BOTTOM + 4.0)/>
                    <text x=format!("{:.1}", x + 2.0) y=format!("{:.1}", H - 6.0)>{format::month_name(d.month()).get(..3).unwrap_or("").to_string()}</text>
                </g>
            }
        })
        .collect_view();
    let desc = summary(plan, units);
    let scroller = NodeRef::<leptos::html::Div>::new();
    // Where a phone's narrow chart starts: today a quarter of the way in.
    let today_share = (today_x / W).clamp(0.0, 1.0);
    Effect::new(move |_| {
        if let Some(el) = scroller.get() {
            let left =
                f64::from(el.scroll_width()) * today_share - f64::from(el.client_width()) / 4.0;
            el.set_scroll_left(left.max(0.0) as i32);
        }
    });
    view! {
            <figure class="card season" data-testid="season-chart">
                <p class="scroll-hint muted" data-testid="chart-scroll-hint">"The season scrolls sideways \u{2192}"</p>
                <div class="chart-scroll" tabindex="0" node_ref=scroller data-testid="chart-scroll">
    <svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="season-t season-d" preserveAspectRatio="xMidYMid meet">
                    <title id="season-t">"Season overview: weekly volume by phase, races and projected form"</title>
                    <desc id="season-d">{desc}</desc>
                    <g class="axis">
                        <text x="4" y=format!("{:.1}", TOP + 4.0)>{format!("{max_km:.0}")}</text>
                        <text x="4" y=format!("{:.1}", H - BOTTOM)>{format!("0 {}", units.label())}</text>
                        <text x=format!("{:.1}", W - RIGHT + 4.0) y=format!("{:.1}", form.at(0.0) + 3.0)>"form 0"</text>
                        <line class="zero" x1=LEFT.to_string() x2=format!("{:.1}", W - RIGHT) y1=format!("{:.1}", form.at(0.0)) y2=format!("{:.1}", form.at(0.0))/>
                    </g>
                    {bars}
                    {months}
                    <path class="form-line" d=form_path data-testid="form-line"/>
                    {races}
                    {(LEFT..=W - RIGHT).contains(&today_x).then(|| view! {
                        <g class="today-marker" data-testid="today-marker">
                            <line x1=format!("{today_x:.1}") x2=format!("{today_x:.1}") y1=format!("{:.1}", TOP - 6.0) y2=format!("{:.1}", H - BOTTOM)/>
                            <text x=format!("{:.1}", today_x + 3.0) y=format!("{:.1}", TOP + 6.0)>"Today"</text>
                        </g>
                    })}
                </svg>
                </div>
                <figcaption class="legend">
                    <span class="key phase-base">"Base"</span>
                    <span class="key phase-build">"Build"</span>
                    <span class="key phase-peak">"Peak"</span>
                    <span class="key phase-taper">"Taper (T)"</span>
                    <span class="key phase-race">"Race"</span>
                    <span class="key phase-recovery">"Recovery (R)"</span>
                    <span class="key wk-deload">"Deload (D)"</span>
                    <span class="key form">"Projected form"</span>
                    <span class="key done">"Done (past weeks)"</span>
                </figcaption>
            </figure>
        }
}

/// The first day of each month inside the plan's weeks.
fn month_ticks(first: NaiveDate, weeks: usize) -> Vec<NaiveDate> {
    let last = first + chrono::Duration::days(weeks as i64 * 7);
    let mut out = Vec::new();
    let mut d = NaiveDate::from_ymd_opt(first.year(), first.month(), 1).unwrap_or(first);
    while d < last {
        if d >= first {
            out.push(d);
        }
        d = d.checked_add_months(chrono::Months::new(1)).unwrap_or(last);
    }
    out
}
