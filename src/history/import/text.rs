//! Parsing the loose text found in exported CSVs: dates in many locales, numbers with decimal
//! commas or thousands separators, durations like `1:02:03` or `45 min`, and sport names.

use crate::history::Sport;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};

/// Month name prefixes (lowercase) in English, German, French, Spanish, Italian, Dutch and
/// Portuguese, index = month - 1. Matched against the start of a word, so "sept." and "Sep" work.
const MONTHS: [&[&str]; 12] = [
    &["jan", "ene", "gen", "janv"],
    &["feb", "fév", "fev", "febr"],
    &["mar", "mär", "maa", "mrt"],
    &["apr", "avr", "abr"],
    &["may", "mai", "mei", "mag", "mayo", "maio"],
    &["jun", "juin", "giu"],
    &["jul", "juil", "lug"],
    &["aug", "aoû", "aou", "ago"],
    &["sep", "set"],
    &["oct", "okt", "ott", "out"],
    &["nov"],
    &["dec", "dez", "déc", "dic"],
];

/// Lowercases `text` for matching names and headers: ASCII, Latin-1, Latin Extended-A, Greek
/// and Cyrillic capitals (what exported file names, CSV headers and month names use); other
/// characters are kept. `str::to_lowercase` would do the same for all of Unicode but brings its
/// full case tables (~8 KB gzip) into the web app.
pub fn lowercase(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

/// One character of [`lowercase`].
fn lower_char(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde | 0x391..=0x3a1 | 0x3a3..=0x3ab | 0x410..=0x42f => {
            u + 0x20
        }
        0x400..=0x40f => u + 0x50,
        // Latin Extended-A: capital and small letters alternate.
        0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17e if !u.is_multiple_of(2) => u + 1,
        0x178 => 0xff,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Which month a word names, if any (1-12).
fn month_of(word: &str) -> Option<u32> {
    let w = lowercase(word.trim_end_matches('.'));
    if w.chars().count() < 3 {
        return None;
    }
    // "mar" is March in most languages but "martes"/"mardi" are weekdays; weekdays are skipped
    // because they come before the day number and fail to match the full prefix tables below.
    let mut best: Option<(usize, u32)> = None;
    for (i, names) in MONTHS.iter().enumerate() {
        for name in names.iter() {
            if w.starts_with(name) && best.is_none_or(|(len, _)| name.len() > len) {
                best = Some((name.len(), i as u32 + 1));
            }
        }
    }
    best.map(|(_, m)| m)
}

/// Parses a date with optional time and offset, as written by Strava, Garmin Connect or a
/// spreadsheet: `2024-03-12 06:30:00`, `2024-03-12T06:30:00Z`, `Mar 12, 2024, 6:30:00 AM`,
/// `12.03.2024, 06:30:00`, `12 mars 2024, 06:30:00`, `3/12/2024 6:30`. Times without an
/// offset are kept as wall-clock time with a zero offset.
pub fn parse_datetime(text: &str) -> Option<DateTime<FixedOffset>> {
    let t = text.trim();
    if t.is_empty() || t.len() > 64 {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return Some(dt);
    }
    // `2024-03-12 06:30:00+0000` and other ISO forms with an offset.
    if let Ok(dt) = t.parse::<DateTime<FixedOffset>>() {
        return Some(dt);
    }
    let naive = parse_naive(t)?;
    Some(naive.and_utc().fixed_offset())
}

/// The naive (offset-free) form of [`parse_datetime`].
fn parse_naive(t: &str) -> Option<NaiveDateTime> {
    let lower = lowercase(t);
    let compact: String = lower.chars().filter(|c| !matches!(c, ' ' | '.')).collect();
    let pm = compact.ends_with("pm") || compact.ends_with("nachm");
    let am = compact.ends_with("am") || compact.ends_with("vorm");
    // Split into the date part and the time part: the time is the token with ':'.
    let mut time: Option<NaiveTime> = None;
    let mut date_tokens: Vec<&str> = Vec::new();
    for tok in t.split([' ', ',', 'T', '\u{a0}']) {
        let tok = tok.trim();
        if tok.is_empty() {
            continue;
        }
        if tok.contains(':') && time.is_none() {
            time = Some(parse_clock(tok.trim_end_matches('Z'))?);
        } else {
            date_tokens.push(tok);
        }
    }
    let date = parse_date_tokens(&date_tokens)?;
    let mut time = time.unwrap_or(NaiveTime::MIN);
    if pm || am {
        use chrono::Timelike;
        let h = time.hour() % 12 + if pm { 12 } else { 0 };
        time = time.with_hour(h)?;
    }
    Some(date.and_time(time))
}

/// `H:MM[:SS[.fff]]` as a time of day.
fn parse_clock(tok: &str) -> Option<NaiveTime> {
    let mut parts = tok.split(':');
    let h: u32 = parts.next()?.trim().parse().ok()?;
    let m: u32 = parts.next()?.trim().parse().ok()?;
    let s: f64 = match parts.next() {
        Some(s) => s.trim().parse().ok()?,
        None => 0.0,
    };
    if parts.next().is_some() || !(0.0..60.0).contains(&s) {
        return None;
    }
    NaiveTime::from_hms_opt(h, m, s as u32)
}

/// The date from the tokens that are not the time (and not AM/PM or weekday words).
fn parse_date_tokens(tokens: &[&str]) -> Option<NaiveDate> {
    let mut numbers: Vec<&str> = Vec::new();
    let mut month_word: Option<u32> = None;
    for tok in tokens {
        let tok = tok.trim_end_matches('.');
        if tok.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            if tok.contains(['-', '/', '.']) {
                return parse_numeric_date(tok);
            }
            numbers.push(tok);
        } else if month_word.is_none() {
            month_word = month_of(tok);
        }
    }
    let nums: Vec<u32> = numbers.iter().filter_map(|n| n.parse().ok()).collect();
    let month = month_word?;
    let year = *nums.iter().find(|n| **n >= 1000)?;
    let day = *nums.iter().find(|n| (1..=31).contains(*n))?;
    NaiveDate::from_ymd_opt(year as i32, month, day)
}

/// `2024-03-12`, `12.03.2024`, `3/12/2024`, `12/03/2024` (day first when the first number is
/// over 12), `12-03-2024`.
fn parse_numeric_date(tok: &str) -> Option<NaiveDate> {
    let sep = if tok.contains('-') {
        '-'
    } else if tok.contains('/') {
        '/'
    } else {
        '.'
    };
    let parts: Vec<u32> = tok
        .split(sep)
        .map(|p| p.trim().parse().ok())
        .collect::<Option<Vec<u32>>>()?;
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = if *a >= 1000 {
        (*a, *b, *c)
    } else if sep == '/' && *a <= 12 && *b > 12 {
        (*c, *a, *b)
    } else if sep == '/' && *a <= 12 {
        // US order (Garmin Connect in English) unless the day is clearly first.
        (*c, *a, *b)
    } else {
        (*c, *b, *a)
    };
    let y = if y < 100 { y + 2000 } else { y };
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// How a file writes decimal numbers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NumberStyle {
    /// `10,5` means ten and a half (else `,` separates thousands).
    pub decimal_comma: bool,
}

/// Parses a number such as `10.52`, `10,52`, `1,234`, `1.234,5`, `"12 345"`; `--` and empty
/// are `None`.
pub fn parse_number(text: &str, style: NumberStyle) -> Option<f64> {
    let t: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    if t.is_empty() || t.starts_with("--") || t.len() > 40 {
        return None;
    }
    let has_dot = t.contains('.');
    let has_comma = t.contains(',');
    let normalized = if has_dot && has_comma {
        if t.rfind(',') > t.rfind('.') {
            t.replace('.', "").replace(',', ".")
        } else {
            t.replace(',', "")
        }
    } else if has_comma {
        if style.decimal_comma {
            t.replace(',', ".")
        } else {
            t.replace(',', "")
        }
    } else {
        t
    };
    let v: f64 = normalized.parse().ok()?;
    v.is_finite().then_some(v)
}

/// Guesses whether a column of numbers uses decimal commas: some value has a comma followed
/// by one or two digits (`10,5`), or by more than three.
pub fn guess_style<'a>(values: impl Iterator<Item = &'a str>) -> NumberStyle {
    for v in values {
        let v = v.trim();
        if v.contains('.') {
            continue;
        }
        if let Some(pos) = v.rfind(',') {
            let tail = v.len() - pos - 1;
            if tail != 3 && tail > 0 {
                return NumberStyle {
                    decimal_comma: true,
                };
            }
        }
    }
    NumberStyle::default()
}

/// Parses a duration: `1:02:03`, `52:13.4` (minutes:seconds), `3723` or `3723.5` seconds when
/// `bare_unit_s` is 1, or minutes when it is 60; `1h 2m 3s`, `45 min`.
pub fn parse_duration(text: &str, bare_unit_s: f64) -> Option<f64> {
    let t = text.trim();
    if t.is_empty() || t.starts_with("--") || t.len() > 40 {
        return None;
    }
    if t.contains(':') {
        let parts: Vec<f64> = t
            .split(':')
            .map(|p| p.trim().replace(',', ".").parse::<f64>().ok())
            .collect::<Option<Vec<f64>>>()?;
        let secs = match parts.as_slice() {
            [m, s] => m * 60.0 + s,
            [h, m, s] => h * 3600.0 + m * 60.0 + s,
            [d, h, m, s] => d * 86400.0 + h * 3600.0 + m * 60.0 + s,
            _ => return None,
        };
        return (secs.is_finite() && secs >= 0.0).then_some(secs);
    }
    if t.chars().any(|c| c.is_ascii_alphabetic()) {
        return parse_unit_duration(t);
    }
    let v = parse_number(t, NumberStyle::default())? * bare_unit_s;
    (v >= 0.0).then_some(v)
}

/// `1h 2m 3s`, `1h30`, `45 min`, `90min`.
fn parse_unit_duration(t: &str) -> Option<f64> {
    let mut total = 0.0;
    let mut num = String::new();
    let mut last_unit = 0.0;
    let mut chars = t.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || c == '.' || c == ',' {
            num.push(if c == ',' { '.' } else { c });
        } else if c.is_alphabetic() {
            let mut word = String::from(c);
            while let Some(&n) = chars.peek() {
                if !n.is_alphabetic() {
                    break;
                }
                word.push(n);
                chars.next();
            }
            let unit = match lowercase(&word).chars().next() {
                Some('h') | Some('t') => 3600.0,
                Some('m') => 60.0,
                Some('s') => 1.0,
                _ => return None,
            };
            let v: f64 = num.parse().ok()?;
            total += v * unit;
            num.clear();
            last_unit = unit;
            any = true;
        }
    }
    if !num.is_empty() {
        // "1h30" -> the trailing number is in the next smaller unit.
        let v: f64 = num.parse().ok()?;
        total += v * if last_unit >= 3600.0 { 60.0 } else { 1.0 };
    }
    (any && total.is_finite()).then_some(total)
}

/// Maps a sport name in any of the exports' languages (`Run`, `Trail Running`, `Lauf`,
/// `Course à pied`, `running`, Strava GPX type `9`...) to a [`Sport`].
pub fn sport_from_label(label: &str) -> Sport {
    let l = lowercase(label.trim());
    let has = |words: &[&str]| words.iter().any(|w| l.contains(w));
    if l == "9" || l == "running" {
        return Sport::Run;
    }
    if l == "1" {
        return Sport::Ride;
    }
    if has(&[
        "ski", "row", "rudern", "aviron", "kayak", "paddl", "yoga", "golf", "soccer",
    ]) {
        Sport::Other
    } else if has(&["trail"]) {
        Sport::TrailRun
    } else if has(&[
        "walk", "hike", "hiking", "wander", "spazier", "gehen", "marche", "randonn", "camin",
        "sender", "wandel",
    ]) {
        Sport::WalkHike
    } else if has(&[
        "run",
        "lauf",
        "course",
        "carrera",
        "corsa",
        "hardloop",
        "jog",
        "treadmill",
    ]) {
        Sport::Run
    } else if has(&[
        "ride", "cycl", "bik", "rad", "vélo", "velo", "bici", "fiets", "spin",
    ]) {
        Sport::Ride
    } else if has(&["swim", "schwimm", "natation", "nata", "zwem", "nuoto"]) {
        Sport::Swim
    } else if has(&[
        "strength", "weight", "kraft", "poids", "fuerza", "crossfit", "gym",
    ]) {
        Sport::Strength
    } else {
        Sport::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_agrees_with_unicode_in_the_scripts_it_covers() {
        let covered = (0u32..0x250).chain(0x370..0x400).chain(0x400..0x460);
        for c in covered.filter_map(char::from_u32) {
            let mut std_lower = c.to_lowercase();
            let expected = match (std_lower.next(), std_lower.next()) {
                (Some(l), None) => l,
                _ => c, // İ lowercases to two characters: left as it is
            };
            // Only capitals with a one-character lowercase in these blocks are promised.
            let u = c as u32;
            if expected != c
                && (u < 0x180 || (0x391..=0x3ab).contains(&u) || (0x400..0x430).contains(&u))
            {
                assert_eq!(lower_char(c), expected, "{c} U+{:04X}", c as u32);
            }
        }
        assert_eq!(
            lowercase("AKTIVITÄTSDATUM Déc ŁÓDŹ Дата"),
            "aktivitätsdatum déc łódź дата"
        );
    }

    fn dt(s: &str) -> String {
        parse_datetime(s)
            .map(|d| d.to_rfc3339())
            .unwrap_or_default()
    }

    #[test]
    fn dates_in_many_shapes() {
        let want = "2024-03-12T18:05:09+00:00";
        assert_eq!(dt("Mar 12, 2024, 6:05:09 PM"), want);
        assert_eq!(dt("2024-03-12 18:05:09"), want);
        assert_eq!(dt("12.03.2024, 18:05:09"), want);
        assert_eq!(dt("12 mars 2024, 18:05:09"), want);
        assert_eq!(dt("12 de mar. de 2024, 18:05:09"), want);
        assert_eq!(dt("12/03/2024 18:05:09"), "2024-12-03T18:05:09+00:00");
        assert_eq!(dt("13/03/2024 18:05:09"), "2024-03-13T18:05:09+00:00");
        assert_eq!(dt("2024-03-12T18:05:09+02:00"), "2024-03-12T18:05:09+02:00");
        assert_eq!(dt("Mar 12, 2024, 12:05:09 AM"), "2024-03-12T00:05:09+00:00");
        assert_eq!(dt("2024-03-12"), "2024-03-12T00:00:00+00:00");
        assert_eq!(dt("not a date"), "");
        assert_eq!(dt("2024-13-40"), "");
    }

    #[test]
    fn numbers_with_locale_separators() {
        let dot = NumberStyle::default();
        let comma = NumberStyle {
            decimal_comma: true,
        };
        assert_eq!(parse_number("10.52", dot), Some(10.52));
        assert_eq!(parse_number("1,234", dot), Some(1234.0));
        assert_eq!(parse_number("10,52", comma), Some(10.52));
        assert_eq!(parse_number("1.234,5", dot), Some(1234.5));
        assert_eq!(parse_number("--", dot), None);
        assert_eq!(parse_number("NaN", dot), None);
        assert!(guess_style(["5,2", "10"].into_iter()).decimal_comma);
        assert!(!guess_style(["1,234", "10.5"].into_iter()).decimal_comma);
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("1:02:03", 1.0), Some(3723.0));
        assert_eq!(parse_duration("52:13.4", 1.0), Some(3133.4));
        assert_eq!(parse_duration("3723", 1.0), Some(3723.0));
        assert_eq!(parse_duration("45", 60.0), Some(2700.0));
        assert_eq!(parse_duration("1h 2m 3s", 1.0), Some(3723.0));
        assert_eq!(parse_duration("1h30", 1.0), Some(5400.0));
        assert_eq!(parse_duration("45 min", 1.0), Some(2700.0));
        assert_eq!(parse_duration("abc", 1.0), None);
    }

    #[test]
    fn sports_in_several_languages() {
        assert_eq!(sport_from_label("Run"), Sport::Run);
        assert_eq!(sport_from_label("Trail Run"), Sport::TrailRun);
        assert_eq!(sport_from_label("Lauf"), Sport::Run);
        assert_eq!(sport_from_label("Course à pied"), Sport::Run);
        assert_eq!(sport_from_label("Treadmill Running"), Sport::Run);
        assert_eq!(sport_from_label("Hike"), Sport::WalkHike);
        assert_eq!(sport_from_label("Mountain Biking"), Sport::Ride);
        assert_eq!(sport_from_label("Pool Swim"), Sport::Swim);
        assert_eq!(sport_from_label("Weight Training"), Sport::Strength);
        assert_eq!(sport_from_label("Rowing"), Sport::Other);
        assert_eq!(sport_from_label("Nordic Ski"), Sport::Other);
    }
}
