//! The iframe widget's message protocol (pure): commands a host page sends in, and the
//! messages the widget posts back. Every incoming message is checked field by field; anything
//! not addressed to Periodize is ignored, anything malformed is answered with an error.
//!
//! In:  `{ "target": "periodize", "type": "get-summary" | "set-races", "id"?: string|number,
//!        "races"?: [{ "name", "date": "YYYY-MM-DD", "distance": "5k"|"10k"|"half"|"marathon"|
//!        "50k"|"100k"|km, "priority": "A"|"B"|"C", "goalTime"?: seconds }] }`
//! Out: `{ "source": "periodize", "version": 1, "type": "ready" | "plan-changed" | "summary" |
//!        "ack" | "error", "id"?, "summary"?, "error"? }`

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::summary::PlanSummary;
use crate::plan::{Distance, Priority, Race};

/// The protocol version carried by every outgoing message.
pub const VERSION: u32 = 1;
/// The largest message accepted, in bytes of JSON.
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024;
/// The most races one `set-races` may carry.
pub const MAX_RACES: usize = 30;
/// The longest race name accepted, in characters.
const MAX_NAME: usize = 80;

/// What a host asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Reply with the current plan summary.
    GetSummary,
    /// Replace the widget's races.
    SetRaces(Vec<Race>),
}

/// A command with the id the host gave it (echoed in the reply).
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    /// The host's correlation id: a short string or a number.
    pub id: Option<Value>,
    /// The command.
    pub command: Command,
}

/// Why a message addressed to Periodize was refused.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ApiError {
    /// Over [`MAX_MESSAGE_BYTES`].
    #[error("the message is larger than {MAX_MESSAGE_BYTES} bytes")]
    TooLarge,
    /// `type` is missing or not a command this widget knows.
    #[error("unknown command type {0:?}; expected \"get-summary\" or \"set-races\"")]
    UnknownType(String),
    /// `id` is not a string of at most 64 characters or a number.
    #[error("\"id\" must be a number or a string of at most 64 characters")]
    BadId,
    /// A field this command does not have.
    #[error("unexpected field {0:?} in a {1:?} command")]
    UnknownField(String, String),
    /// The races do not have the expected shape.
    #[error("races: {0}")]
    Shape(String),
    /// More than [`MAX_RACES`] races.
    #[error("at most {MAX_RACES} races can be set at once")]
    TooManyRaces,
    /// A race has an empty or too long name.
    #[error("race {0}: the name must be 1-{MAX_NAME} characters")]
    Name(usize),
    /// A race date outside 2000-2100.
    #[error("race {0}: the date must be between 2000 and 2100")]
    Date(usize),
    /// An unknown distance name or a distance outside 1-1000 km.
    #[error("race {0}: distance must be 5k, 10k, half, marathon, 50k, 100k or 1-1000 (km)")]
    Distance(usize),
    /// A goal time outside one minute to one week.
    #[error("race {0}: goalTime must be between 60 and 604800 seconds")]
    GoalTime(usize),
}

/// A race as a host writes it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct RaceMessage {
    name: String,
    date: NaiveDate,
    distance: DistanceMessage,
    priority: Priority,
    #[serde(default)]
    goal_time: Option<u32>,
}

/// A distance by name or in kilometres.
#[derive(Deserialize)]
#[serde(untagged)]
enum DistanceMessage {
    Name(String),
    Km(f64),
}

/// Parses the JSON text of a message. `Ok(None)`: not addressed to Periodize (ignore it);
/// `Err((id, error))`: addressed to us but invalid (answer with the error).
pub fn parse(text: &str) -> Result<Option<Request>, (Option<Value>, ApiError)> {
    if text.len() > MAX_MESSAGE_BYTES {
        return Err((None, ApiError::TooLarge));
    }
    let Ok(Value::Object(mut map)) = serde_json::from_str::<Value>(text) else {
        return Ok(None);
    };
    if map.get("target").and_then(Value::as_str) != Some("periodize") {
        return Ok(None);
    }
    map.remove("target");
    let id = match map.remove("id") {
        None | Some(Value::Null) => None,
        Some(v @ Value::Number(_)) => Some(v),
        Some(Value::String(s)) if s.chars().count() <= 64 => Some(Value::String(s)),
        Some(_) => return Err((None, ApiError::BadId)),
    };
    let kind = match map.remove("type") {
        Some(Value::String(s)) => s,
        other => {
            return Err((
                id,
                ApiError::UnknownType(format!("{}", other.unwrap_or(Value::Null))),
            ))
        }
    };
    let command = match kind.as_str() {
        "get-summary" => only_fields(&map, &[], &kind).map(|()| Command::GetSummary),
        "set-races" => only_fields(&map, &["races"], &kind).and_then(|()| {
            let races = map.remove("races").unwrap_or(Value::Null);
            races_from(races).map(Command::SetRaces)
        }),
        _ => Err(ApiError::UnknownType(kind.clone())),
    };
    match command {
        Ok(command) => Ok(Some(Request { id, command })),
        Err(e) => Err((id, e)),
    }
}

/// Fails on any field other than `allowed`.
fn only_fields(map: &Map<String, Value>, allowed: &[&str], kind: &str) -> Result<(), ApiError> {
    match map.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(ApiError::UnknownField(k.clone(), kind.into())),
        None => Ok(()),
    }
}

/// Reads and checks the races of a `set-races` command.
fn races_from(value: Value) -> Result<Vec<Race>, ApiError> {
    if value.as_array().is_some_and(|a| a.len() > MAX_RACES) {
        return Err(ApiError::TooManyRaces);
    }
    let messages: Vec<RaceMessage> =
        serde_json::from_value(value).map_err(|e| ApiError::Shape(e.to_string()))?;
    messages
        .into_iter()
        .enumerate()
        .map(|(i, m)| race_from(i + 1, m))
        .collect()
}

/// Checks one race (numbered from 1 for the error message).
fn race_from(n: usize, m: RaceMessage) -> Result<Race, ApiError> {
    let name = m.name.trim().to_string();
    if name.is_empty() || name.chars().count() > MAX_NAME || name.chars().any(char::is_control) {
        return Err(ApiError::Name(n));
    }
    if !(2000..=2100).contains(&m.date.year()) {
        return Err(ApiError::Date(n));
    }
    let distance = match m.distance {
        DistanceMessage::Name(s) => match s.to_ascii_lowercase().as_str() {
            "5k" => Distance::FiveK,
            "10k" => Distance::TenK,
            "half" | "half-marathon" => Distance::Half,
            "marathon" => Distance::Marathon,
            "50k" => Distance::FiftyK,
            "100k" => Distance::HundredK,
            _ => return Err(ApiError::Distance(n)),
        },
        DistanceMessage::Km(km) if km.is_finite() && (1.0..=1000.0).contains(&km) => {
            Distance::Custom { km }
        }
        DistanceMessage::Km(_) => return Err(ApiError::Distance(n)),
    };
    if m.goal_time.is_some_and(|t| !(60..=604_800).contains(&t)) {
        return Err(ApiError::GoalTime(n));
    }
    Ok(Race {
        name,
        date: m.date,
        distance,
        priority: m.priority,
        goal_time_s: m.goal_time,
    })
}

/// An outgoing message of `kind` with extra fields.
fn message(kind: &str, id: Option<&Value>, extra: Value) -> Value {
    let mut out = json!({ "source": "periodize", "version": VERSION, "type": kind });
    if let (Value::Object(out), Value::Object(extra)) = (&mut out, extra) {
        if let Some(id) = id {
            out.insert("id".into(), id.clone());
        }
        out.extend(extra);
    }
    out
}

/// "The widget is listening": sent once at start.
pub fn ready(summary: &PlanSummary) -> Value {
    message("ready", None, json!({ "summary": summary }))
}

/// "The plan changed": sent after every change of the plan.
pub fn plan_changed(summary: &PlanSummary) -> Value {
    message("plan-changed", None, json!({ "summary": summary }))
}

/// The answer to `get-summary`.
pub fn summary_reply(id: Option<&Value>, summary: &PlanSummary) -> Value {
    message("summary", id, json!({ "summary": summary }))
}

/// The answer to a command that was carried out.
pub fn ack(id: Option<&Value>) -> Value {
    message("ack", id, json!({}))
}

/// The answer to a refused command: an invalid message ([`ApiError`]), or an edit the
/// document's rules refuse.
pub fn error(id: Option<&Value>, why: &dyn std::fmt::Display) -> Value {
    message("error", id, json!({ "error": why.to_string() }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_races(races: Value) -> String {
        json!({ "target": "periodize", "type": "set-races", "id": "r1", "races": races })
            .to_string()
    }

    fn refused(text: &str) -> ApiError {
        parse(text).expect_err("should be refused").1
    }

    #[test]
    fn messages_for_others_are_ignored() {
        for text in [
            "not json",
            "42",
            "[1,2]",
            r#"{"type":"set-races"}"#,
            r#"{"target":"someone-else","type":"get-summary"}"#,
        ] {
            assert_eq!(parse(text), Ok(None), "{text}");
        }
    }

    #[test]
    fn get_summary_is_read_with_its_id() {
        let r = parse(r#"{"target":"periodize","type":"get-summary","id":7}"#)
            .unwrap()
            .unwrap();
        assert_eq!((r.id, r.command), (Some(json!(7)), Command::GetSummary));
    }

    #[test]
    fn set_races_reads_named_and_custom_distances() {
        let text = set_races(json!([
            { "name": " Spring Half ", "date": "2027-03-14", "distance": "half", "priority": "B" },
            { "name": "Trail", "date": "2027-06-01", "distance": 32.5, "priority": "A", "goalTime": 14400 }
        ]));
        let r = parse(&text).unwrap().unwrap();
        assert_eq!(r.id, Some(json!("r1")));
        let Command::SetRaces(races) = r.command else {
            panic!("not set-races")
        };
        assert_eq!(races.len(), 2);
        assert_eq!(races[0].name, "Spring Half");
        assert_eq!(races[0].distance, Distance::Half);
        assert_eq!(races[0].priority, Priority::B);
        assert_eq!(races[1].distance, Distance::Custom { km: 32.5 });
        assert_eq!(races[1].goal_time_s, Some(14400));
    }

    #[test]
    fn every_bad_field_is_refused_with_a_reason() {
        let race = |patch: Value| {
            let mut r =
                json!({ "name": "R", "date": "2027-03-14", "distance": "5k", "priority": "A" });
            r.as_object_mut()
                .unwrap()
                .extend(patch.as_object().unwrap().clone());
            set_races(json!([r]))
        };
        assert_eq!(refused(&race(json!({ "name": "" }))), ApiError::Name(1));
        assert_eq!(
            refused(&race(json!({ "name": "x".repeat(81) }))),
            ApiError::Name(1)
        );
        assert_eq!(
            refused(&race(json!({ "name": "a\u{7}b" }))),
            ApiError::Name(1)
        );
        assert_eq!(
            refused(&race(json!({ "date": "1999-12-31" }))),
            ApiError::Date(1)
        );
        assert!(matches!(
            refused(&race(json!({ "date": "2027-02-30" }))),
            ApiError::Shape(_)
        ));
        assert_eq!(
            refused(&race(json!({ "distance": "ultra" }))),
            ApiError::Distance(1)
        );
        assert_eq!(
            refused(&race(json!({ "distance": 0.5 }))),
            ApiError::Distance(1)
        );
        assert_eq!(
            refused(&race(json!({ "distance": 5000 }))),
            ApiError::Distance(1)
        );
        assert!(matches!(
            refused(&race(json!({ "priority": "D" }))),
            ApiError::Shape(_)
        ));
        assert_eq!(
            refused(&race(json!({ "goalTime": 5 }))),
            ApiError::GoalTime(1)
        );
        assert!(matches!(
            refused(&race(json!({ "goalTime": -5 }))),
            ApiError::Shape(_)
        ));
        assert!(matches!(
            refused(&race(json!({ "evil": true }))),
            ApiError::Shape(_)
        ));
        assert!(matches!(
            refused(&set_races(json!("many"))),
            ApiError::Shape(_)
        ));
        let many: Vec<Value> = (0..31).map(|_| json!({})).collect();
        assert_eq!(
            refused(&set_races(Value::Array(many))),
            ApiError::TooManyRaces
        );
    }

    #[test]
    fn bad_envelopes_are_refused() {
        assert!(matches!(
            refused(r#"{"target":"periodize"}"#),
            ApiError::UnknownType(_)
        ));
        assert!(matches!(
            refused(r#"{"target":"periodize","type":"delete-everything"}"#),
            ApiError::UnknownType(t) if t == "delete-everything"
        ));
        assert_eq!(
            refused(r#"{"target":"periodize","type":"get-summary","races":[]}"#),
            ApiError::UnknownField("races".into(), "get-summary".into())
        );
        assert_eq!(
            refused(r#"{"target":"periodize","type":"get-summary","id":{}}"#),
            ApiError::BadId
        );
        let huge = format!(
            r#"{{"target":"periodize","pad":"{}"}}"#,
            "x".repeat(MAX_MESSAGE_BYTES)
        );
        assert_eq!(refused(&huge), ApiError::TooLarge);
        // The id comes back with the error so the host can match it.
        let (id, _) = parse(r#"{"target":"periodize","type":"nope","id":"a"}"#).unwrap_err();
        assert_eq!(id, Some(json!("a")));
    }

    #[test]
    fn outgoing_messages_carry_source_version_and_id() {
        let e = error(Some(&json!(3)), &ApiError::TooManyRaces);
        assert_eq!(e["source"], "periodize");
        assert_eq!(e["version"], VERSION);
        assert_eq!(e["type"], "error");
        assert_eq!(e["id"], 3);
        assert!(e["error"].as_str().unwrap().contains("30 races"));
        let a = ack(None);
        assert_eq!(a["type"], "ack");
        assert!(a.get("id").is_none());
    }
}
