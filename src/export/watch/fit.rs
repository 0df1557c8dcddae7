//! FIT workout and schedule files from a day's steps, encoded with `rustyfit`. Every number and
//! scale is the FIT profile's (checked against `@garmin/fitsdk`'s profile.js in
//! tests/node/fit_workouts.test.mjs): durations in ms (time) or cm (distance), speed targets in
//! mm/s with the slow end as `custom_target_value_low`, repeats as `repeat_until_steps_cmplt`
//! back to the first step of the block.

use chrono::{NaiveDate, NaiveTime};
use rustyfit::profile::mesgdef::{FileId, Schedule, Workout, WorkoutStep};
use rustyfit::profile::typedef::{self, FitBaseType as T, MesgNum};
use rustyfit::proto::{Field, Message, Value, FIT};
use rustyfit::Encoder;

use crate::plan::steps::{Duration, Intensity, Item, Step, Steps, Target};

/// Seconds from the Unix epoch to the FIT epoch (1989-12-31 00:00 UTC).
const FIT_EPOCH: i64 = 631_065_600;

/// Who made a file: the schedule names each workout by these, as its `file_id` has them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FileKey {
    pub serial: u32,
    pub time_created: u32,
}

/// Seconds since the FIT epoch at midnight of `date` (what `date_time` and `local_date_time` hold).
pub fn fit_time(date: NaiveDate) -> u32 {
    let unix = date.and_time(NaiveTime::MIN).and_utc().timestamp();
    u32::try_from(unix - FIT_EPOCH).unwrap_or(0)
}

/// The key of the workout on `date`: its serial is the date as a number (20270314).
pub fn key_of(date: NaiveDate) -> FileKey {
    let serial = date.format("%Y%m%d").to_string().parse().unwrap_or(1);
    FileKey {
        serial,
        time_created: fit_time(date),
    }
}

fn field(num: u8, base_type: T, value: Value) -> Field {
    Field {
        num,
        base_type,
        value,
        is_expanded: false,
    }
}

fn message(num: MesgNum, fields: Vec<Field>) -> Message {
    Message {
        num,
        fields,
        ..Default::default()
    }
}

fn text(s: &str) -> Value {
    Value::String(s.into())
}

fn file_id(kind: typedef::File, key: FileKey) -> Message {
    message(
        MesgNum::FILE_ID,
        vec![
            field(FileId::TYPE, T::ENUM, Value::Uint8(kind.0)),
            field(
                FileId::MANUFACTURER,
                T::UINT16,
                Value::Uint16(typedef::Manufacturer::DEVELOPMENT.0),
            ),
            field(FileId::PRODUCT, T::UINT16, Value::Uint16(0)),
            field(FileId::SERIAL_NUMBER, T::UINT32Z, Value::Uint32(key.serial)),
            field(
                FileId::TIME_CREATED,
                T::UINT32,
                Value::Uint32(key.time_created),
            ),
        ],
    )
}

/// Rounds to an integer FIT value (never negative, at most u32::MAX - 1: all ones is "invalid").
fn scaled(x: f64, scale: f64) -> u32 {
    (x * scale).round().clamp(0.0, f64::from(u32::MAX - 1)) as u32
}

fn intensity(i: Intensity) -> typedef::Intensity {
    match i {
        Intensity::WarmUp => typedef::Intensity::WARMUP,
        Intensity::Active => typedef::Intensity::ACTIVE,
        Intensity::Recovery => typedef::Intensity::RECOVERY,
        Intensity::CoolDown => typedef::Intensity::COOLDOWN,
    }
}

fn step_message(index: u16, s: &Step) -> Message {
    let (kind, value) = match s.duration {
        Duration::Time { s } => (typedef::WktStepDuration::TIME, scaled(s, 1000.0)),
        Duration::Distance { km } => (typedef::WktStepDuration::DISTANCE, scaled(km, 100_000.0)),
    };
    let mut fields = vec![
        field(WorkoutStep::MESSAGE_INDEX, T::UINT16, Value::Uint16(index)),
        field(
            WorkoutStep::WKT_STEP_NAME,
            T::STRING,
            text(&crate::plan::steps::text::step_name(s)),
        ),
        field(WorkoutStep::DURATION_TYPE, T::ENUM, Value::Uint8(kind.0)),
        field(WorkoutStep::DURATION_VALUE, T::UINT32, Value::Uint32(value)),
    ];
    match s.target {
        Target::Pace(p) => {
            // Speed in m/s, scale 1000: the slower pace is the lower speed.
            let low = scaled(1000.0 / p.slow_s_per_km, 1000.0);
            let high = scaled(1000.0 / p.fast_s_per_km, 1000.0);
            fields.extend([
                field(
                    WorkoutStep::TARGET_TYPE,
                    T::ENUM,
                    Value::Uint8(typedef::WktStepTarget::SPEED.0),
                ),
                field(WorkoutStep::TARGET_VALUE, T::UINT32, Value::Uint32(0)),
                field(
                    WorkoutStep::CUSTOM_TARGET_VALUE_LOW,
                    T::UINT32,
                    Value::Uint32(low),
                ),
                field(
                    WorkoutStep::CUSTOM_TARGET_VALUE_HIGH,
                    T::UINT32,
                    Value::Uint32(high),
                ),
            ]);
        }
        Target::Effort(_) => fields.push(field(
            WorkoutStep::TARGET_TYPE,
            T::ENUM,
            Value::Uint8(typedef::WktStepTarget::OPEN.0),
        )),
    }
    fields.push(field(
        WorkoutStep::INTENSITY,
        T::ENUM,
        Value::Uint8(intensity(s.intensity).0),
    ));
    message(MesgNum::WORKOUT_STEP, fields)
}

fn repeat_message(index: u16, from: u16, times: u32) -> Message {
    message(
        MesgNum::WORKOUT_STEP,
        vec![
            field(WorkoutStep::MESSAGE_INDEX, T::UINT16, Value::Uint16(index)),
            field(
                WorkoutStep::DURATION_TYPE,
                T::ENUM,
                Value::Uint8(typedef::WktStepDuration::REPEAT_UNTIL_STEPS_CMPLT.0),
            ),
            field(
                WorkoutStep::DURATION_VALUE,
                T::UINT32,
                Value::Uint32(u32::from(from)),
            ),
            field(WorkoutStep::TARGET_VALUE, T::UINT32, Value::Uint32(times)),
        ],
    )
}

/// The workout_step messages of `steps`: each step once, each repeat block followed by its
/// repeat step.
pub fn step_messages(steps: &Steps) -> Vec<Message> {
    let mut out = Vec::new();
    for item in &steps.items {
        let first = out.len() as u16;
        for s in item.steps() {
            let i = out.len() as u16;
            out.push(step_message(i, s));
        }
        if let Item::Repeat { times, .. } = item {
            let i = out.len() as u16;
            out.push(repeat_message(i, first, *times));
        }
    }
    out
}

/// Encodes `messages` as one FIT file (header, data, CRC).
pub fn encode(messages: Vec<Message>) -> Result<Vec<u8>, String> {
    let mut fit = FIT {
        messages,
        ..Default::default()
    };
    let mut out = super::cursor::Cursor::default();
    Encoder::new()
        .encode(&mut out, &mut fit)
        .map_err(|e| format!("the FIT encoder failed: {e}"))?;
    Ok(out.into_inner())
}

/// A FIT workout file: file_id (workout), workout (running, its name and step count), its steps.
pub fn workout_file(name: &str, steps: &Steps, key: FileKey) -> Result<Vec<u8>, String> {
    let step_msgs = step_messages(steps);
    let workout = message(
        MesgNum::WORKOUT,
        vec![
            field(Workout::WKT_NAME, T::STRING, text(name)),
            field(
                Workout::SPORT,
                T::ENUM,
                Value::Uint8(typedef::Sport::RUNNING.0),
            ),
            field(
                Workout::NUM_VALID_STEPS,
                T::UINT16,
                Value::Uint16(step_msgs.len() as u16),
            ),
        ],
    );
    let mut messages = vec![file_id(typedef::File::WORKOUT, key), workout];
    messages.extend(step_msgs);
    encode(messages)
}

/// A FIT schedule file putting each workout (by its key) on its date.
pub fn schedule_file(workouts: &[(NaiveDate, FileKey)], key: FileKey) -> Result<Vec<u8>, String> {
    let mut messages = vec![file_id(typedef::File::SCHEDULES, key)];
    for (date, k) in workouts {
        messages.push(message(
            MesgNum::SCHEDULE,
            vec![
                field(
                    Schedule::MANUFACTURER,
                    T::UINT16,
                    Value::Uint16(typedef::Manufacturer::DEVELOPMENT.0),
                ),
                field(Schedule::PRODUCT, T::UINT16, Value::Uint16(0)),
                field(Schedule::SERIAL_NUMBER, T::UINT32Z, Value::Uint32(k.serial)),
                field(
                    Schedule::TIME_CREATED,
                    T::UINT32,
                    Value::Uint32(k.time_created),
                ),
                field(Schedule::COMPLETED, T::ENUM, Value::Uint8(0)),
                field(
                    Schedule::TYPE,
                    T::ENUM,
                    Value::Uint8(typedef::Schedule::WORKOUT.0),
                ),
                field(
                    Schedule::SCHEDULED_TIME,
                    T::UINT32,
                    Value::Uint32(fit_time(*date)),
                ),
            ],
        ));
    }
    encode(messages)
}
