//! Format detection: content first, name second.

mod history_support;

use history_support::fixture;
use periodize::history::import::{detect, Format};

#[test]
fn content_beats_a_misleading_name() {
    assert_eq!(
        detect("run.gpx", &fixture("fit/Activity.fit")),
        Some(Format::Fit)
    );
    assert_eq!(
        detect("run.fit", &fixture("gpx/cerknicko-jezero.gpx")),
        Some(Format::Gpx)
    );
    assert_eq!(
        detect("x", &fixture("tcx/triathlon-run-leg.tcx")),
        Some(Format::Tcx)
    );
    assert_eq!(detect("x", &[0x1f, 0x8b, 8, 0]), Some(Format::Gzip));
    assert_eq!(detect("x", b"PK\x03\x04rest"), Some(Format::Zip));
    assert_eq!(
        detect("export", &fixture("csv/garmin_activities.csv")),
        Some(Format::Csv)
    );
}

#[test]
fn the_name_decides_when_content_says_nothing() {
    assert_eq!(detect("broken.fit", b"garbage"), Some(Format::Fit));
    assert_eq!(detect("LOG.CSV", b"a;b\n"), Some(Format::Csv));
    assert_eq!(detect("notes.txt", b"hello"), None);
}
