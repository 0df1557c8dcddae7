//! Import throughput per format (MB/s) and a synthetic Strava export of 1,000 activities end
//! to end (unzip, parse, merge, baseline, a year of fitness).
//!
//! Run: `cargo bench --bench history`

use chrono::{DateTime, Duration, NaiveDate};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use periodize::history::import::{import_file, import_files};
use periodize::history::{baseline, fitness};
use std::hint::black_box;
use std::io::Write;

fn fixture(p: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{p}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// A GPX run of `points` samples 5 s apart with elevation and heart rate.
fn gpx_run(start: DateTime<chrono::FixedOffset>, points: usize) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\" xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\"><trk><type>running</type><trkseg>\n",
    );
    for i in 0..points {
        let t = start + Duration::seconds(5 * i as i64);
        s += &format!(
            "<trkpt lat=\"{:.7}\" lon=\"{:.7}\"><ele>{:.1}</ele><time>{}</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>\n",
            46.0 + i as f64 * 0.000135,
            14.0 + (i as f64 / 50.0).sin() * 0.001,
            300.0 + (i as f64 / 40.0).sin() * 20.0,
            t.format("%Y-%m-%dT%H:%M:%SZ"),
            140 + i % 15
        );
    }
    s + "</trkseg></trk></gpx>\n"
}

/// A TCX run like [`gpx_run`].
fn tcx_run(start: DateTime<chrono::FixedOffset>, points: usize) -> String {
    let t0 = start.format("%Y-%m-%dT%H:%M:%SZ");
    let mut s = format!("<?xml version=\"1.0\"?>\n<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities><Activity Sport=\"Running\"><Id>{t0}</Id><Lap StartTime=\"{t0}\"><Track>\n");
    for i in 0..points {
        let t = start + Duration::seconds(5 * i as i64);
        s += &format!(
            "<Trackpoint><Time>{}</Time><Position><LatitudeDegrees>{:.7}</LatitudeDegrees><LongitudeDegrees>14.0</LongitudeDegrees></Position><AltitudeMeters>{:.1}</AltitudeMeters><DistanceMeters>{:.1}</DistanceMeters><HeartRateBpm><Value>{}</Value></HeartRateBpm></Trackpoint>\n",
            t.format("%Y-%m-%dT%H:%M:%SZ"),
            46.0 + i as f64 * 0.000135,
            300.0 + (i as f64 / 40.0).sin() * 20.0,
            i as f64 * 15.0,
            140 + i % 15
        );
    }
    s + "</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n"
}

/// A Strava bulk export: activities.csv with `n` rows and one .gpx.gz or .tcx.gz per row.
fn strava_export(n: usize, points: usize) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut csv = String::from("Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename,Moving Time,Distance,Perceived Exertion\n");
    let first = DateTime::parse_from_rfc3339("2021-01-01T07:00:00Z").unwrap();
    for i in 0..n {
        let start = first + Duration::hours(26 * i as i64);
        let (name, body) = if i % 2 == 0 {
            (
                format!("activities/{i}.gpx.gz"),
                gz(gpx_run(start, points).as_bytes()),
            )
        } else {
            (
                format!("activities/{i}.tcx.gz"),
                gz(tcx_run(start, points).as_bytes()),
            )
        };
        csv += &format!(
            "{i},\"{}\",Run {i},Run,{},10.8,{name},{},10800,{}\n",
            start.format("%b %-d, %Y, %-I:%M:%S %p"),
            points * 5,
            points * 5,
            1 + i % 10
        );
        w.start_file(name, opts).unwrap();
        w.write_all(&body).unwrap();
    }
    w.start_file("activities.csv", opts).unwrap();
    w.write_all(csv.as_bytes()).unwrap();
    w.finish().unwrap().into_inner()
}

fn per_format(c: &mut Criterion) {
    let start = DateTime::parse_from_rfc3339("2024-01-01T07:00:00Z").unwrap();
    let strava_csv = {
        let mut s = String::from_utf8(fixture("csv/strava_activities.csv")).unwrap();
        let rows: Vec<String> = s.lines().skip(1).take(3).map(String::from).collect();
        for _ in 0..300 {
            for r in &rows {
                s += r;
                s += "\n";
            }
        }
        s.into_bytes()
    };
    let inputs: Vec<(&str, &str, Vec<u8>)> = vec![
        ("fit", "tri.fit", fixture("fit/sample_mulitple_header.fit")),
        ("gpx", "run.gpx", gpx_run(start, 720).into_bytes()),
        ("tcx", "run.tcx", tcx_run(start, 720).into_bytes()),
        ("csv_strava", "activities.csv", strava_csv),
        ("gpx_gz", "run.gpx.gz", gz(gpx_run(start, 720).as_bytes())),
        ("zip_10", "export.zip", strava_export(10, 720)),
    ];
    let mut g = c.benchmark_group("import");
    for (label, name, bytes) in &inputs {
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(label), bytes, |b, bytes| {
            b.iter(|| black_box(import_file(name, bytes).map(|a| a.len())))
        });
    }
    g.finish();
}

fn strava_1000(c: &mut Criterion) {
    // 1,000 runs of an hour each (720 points, 5 s apart), gzipped inside a stored zip.
    let export = strava_export(1000, 720);
    let today = NaiveDate::from_ymd_opt(2023, 11, 1).unwrap();
    let mut g = c.benchmark_group("strava_export");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(export.len() as u64));
    g.bench_function("1000_activities_end_to_end", |b| {
        b.iter(|| {
            let files = vec![("export.zip".to_string(), export.clone())];
            let report = import_files(&files);
            assert_eq!(report.activities.len(), 1000);
            let base = baseline(&report.activities, today);
            let series = fitness::series(&report.activities, today, 365);
            black_box((base, series.len()))
        })
    });
    g.finish();
}

criterion_group!(benches, per_format, strava_1000);
criterion_main!(benches);
