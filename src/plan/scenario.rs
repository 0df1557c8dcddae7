//! The human-writable SCENARIO.json format, parsed into a `PlanInput`.
