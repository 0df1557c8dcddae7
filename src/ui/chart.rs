//! Small helpers shared by the SVG charts: linear scales and line paths. Pure arithmetic.

/// Maps a value range onto a pixel range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub d0: f64,
    pub d1: f64,
    pub r0: f64,
    pub r1: f64,
}

impl Scale {
    /// A scale from domain `d0..d1` to range `r0..r1` (a zero-width domain is widened).
    pub fn new(d0: f64, d1: f64, r0: f64, r1: f64) -> Scale {
        let d1 = if (d1 - d0).abs() < f64::EPSILON {
            d0 + 1.0
        } else {
            d1
        };
        Scale { d0, d1, r0, r1 }
    }

    /// The pixel position of a value.
    pub fn at(&self, v: f64) -> f64 {
        self.r0 + (v - self.d0) / (self.d1 - self.d0) * (self.r1 - self.r0)
    }
}

/// An SVG path through the points ("M x y L x y ..."), empty for no points.
pub fn line_path(points: impl IntoIterator<Item = (f64, f64)>) -> String {
    let mut out = String::new();
    for (i, (x, y)) in points.into_iter().enumerate() {
        if !x.is_finite() || !y.is_finite() {
            continue;
        }
        let cmd = if i == 0 || out.is_empty() { 'M' } else { 'L' };
        out.push_str(&format!("{cmd}{x:.1} {y:.1} "));
    }
    out.trim_end().to_string()
}

/// A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten, at least `v`.
pub fn nice_max(v: f64) -> f64 {
    if !(v.is_finite() && v > 0.0) {
        return 1.0;
    }
    let p = 10f64.powf(v.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * p)
        .find(|c| *c >= v)
        .unwrap_or(10.0 * p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_map_ends_and_middle() {
        let s = Scale::new(0.0, 100.0, 200.0, 0.0);
        assert_eq!(s.at(0.0), 200.0);
        assert_eq!(s.at(100.0), 0.0);
        assert_eq!(s.at(50.0), 100.0);
        let flat = Scale::new(5.0, 5.0, 0.0, 10.0);
        assert!(flat.at(5.0).is_finite());
    }

    #[test]
    fn paths_and_nice_bounds() {
        assert_eq!(line_path([(0.0, 1.0), (2.0, 3.5)]), "M0.0 1.0 L2.0 3.5");
        assert_eq!(line_path([(f64::NAN, 1.0), (2.0, 3.0)]), "M2.0 3.0");
        assert_eq!(line_path([]), "");
        assert_eq!(nice_max(73.0), 100.0);
        assert_eq!(nice_max(18.0), 20.0);
        assert_eq!(nice_max(0.0), 1.0);
    }
}
