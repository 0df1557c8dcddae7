//! The history chart: weekly running volume as bars, fitness, fatigue and form as lines.

use leptos::prelude::*;

use super::chart::{line_path, nice_max, Scale};
use super::format;
use crate::history::fitness::DayFitness as PastDay;
use crate::history::volume::WeekVolume as PastWeek;
use crate::plan::Units;

const W: f64 = 720.0;
const H: f64 = 220.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 40.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 22.0;

/// Past weeks and days drawn on one time axis.
#[component]
pub fn HistoryChart(weeks: Vec<PastWeek>, days: Vec<PastDay>, units: Units) -> impl IntoView {
    let (Some(first), Some(last)) = (
        weeks.first().map(|w| w.start),
        weeks.last().map(|w| w.start),
    ) else {
        return ().into_any();
    };
    let span_days = ((last - first).num_days() + 7).max(7) as f64;
    let x = Scale::new(0.0, span_days, LEFT, W - RIGHT);
    let week_w = 7.0 / span_days * (W - LEFT - RIGHT);
    let max_km = nice_max(
        weeks
            .iter()
            .map(|w| units.from_km(w.run_km))
            .fold(0.0, f64::max),
    );
    let y = Scale::new(0.0, max_km, H - BOTTOM, TOP);
    let load_max = nice_max(days.iter().map(|d| d.ctl.max(d.atl)).fold(10.0, f64::max));
    let load = Scale::new(-load_max / 2.0, load_max, H - BOTTOM, TOP);
    let bars = weeks
        .iter()
        .map(|w| {
            let bx = x.at((w.start - first).num_days() as f64);
            let top = y.at(units.from_km(w.run_km));
            view! {
                <rect class="hist-bar" x=format!("{:.1}", bx + 1.0) y=format!("{top:.1}")
                    width=format!("{:.1}", (week_w - 2.0).max(1.0)) height=format!("{:.1}", (H - BOTTOM - top).max(0.0))>
                    <title>{format!("Week of {}: {} running, {} in all", format::date_short(w.start), format::dist(w.run_km, units), format::minutes(w.all_minutes))}</title>
                </rect>
            }
        })
        .collect_view();
    let line = |f: fn(&PastDay) -> f64| {
        line_path(days.iter().map(|d| {
            (
                x.at((d.date - first).num_days() as f64 + 0.5),
                load.at(f(d)),
            )
        }))
    };
    let latest = days
        .last()
        .map(|d| {
            format!(
                "Latest: fitness {:.0}, fatigue {:.0}, form {:+.0}.",
                d.ctl, d.atl, d.tsb
            )
        })
        .unwrap_or_default();
    let desc = format!("{} weeks of running. {latest}", weeks.len());
    view! {
        <figure class="card history-chart" data-testid="history-chart">
            <div class="chart-scroll" tabindex="0">
<svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="hist-t hist-d">
                <title id="hist-t">"Weekly running volume, fitness, fatigue and form"</title>
                <desc id="hist-d">{desc}</desc>
                <text class="axis" x="4" y=format!("{:.1}", TOP + 8.0)>{format!("{max_km:.0}")}</text>
                <text class="axis" x="4" y=format!("{:.1}", H - BOTTOM)>{format!("0 {}", units.label())}</text>
                <line class="zero" x1=LEFT.to_string() x2=format!("{:.1}", W - RIGHT) y1=format!("{:.1}", load.at(0.0)) y2=format!("{:.1}", load.at(0.0))/>
                {bars}
                <path class="ctl-line" d=line(|d| d.ctl)/>
                <path class="atl-line" d=line(|d| d.atl)/>
                <path class="tsb-line" d=line(|d| d.tsb)/>
                <text class="axis" x="4" y=format!("{:.1}", H - 6.0)>{format::date_short(first)}</text>
                <text class="axis" x=format!("{:.1}", W - RIGHT - 40.0) y=format!("{:.1}", H - 6.0)>{format::date_short(last)}</text>
            </svg>
            </div>
            <figcaption class="legend">
                <span class="key hist">"Weekly running"</span>
                <span class="key ctl">"Fitness (42-day)"</span>
                <span class="key atl">"Fatigue (7-day)"</span>
                <span class="key tsb">"Form"</span>
            </figcaption>
        </figure>
    }
    .into_any()
}
