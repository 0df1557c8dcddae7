//! What the days around a race are sized from (`around_race`), kept on its own so the week's
//! shared state can hold it without importing the layout.

/// What the days around a race are sized from: the last load week's volume and long run before
/// the span, the longest single run the 30-day guard allowed then, and the week before's longest
/// easy run (a B race's days stay within it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SpanRef {
    pub load: f64,
    pub long: f64,
    pub guard: f64,
    pub easy_max: f64,
}
