// Checks FIT workout and schedule files against the plan's JSON report with Garmin's own SDK
// (@garmin/fitsdk): CRC, isFIT, no decoder errors, then file type, sport, step count, durations,
// targets and schedule dates. Shared by tests/node/fit_workouts.test.mjs and the e2e download test.
import assert from 'node:assert/strict';
import { Decoder, Stream } from '@garmin/fitsdk';

/** Seconds from the Unix epoch to the FIT epoch (1989-12-31T00:00:00Z). */
export const FIT_EPOCH_S = 631065600;

/** Metres in one unit of the report. */
export const metresPer = (units) => (units === 'mi' ? 1609.344 : 1000);

/** Decodes one FIT file, asserting it is FIT, its CRC holds and the decoder reports no error. */
export function decode(bytes, name = 'file') {
  const stream = Stream.fromByteArray(bytes);
  assert.ok(Decoder.isFIT(stream), `${name}: not a FIT file`);
  const decoder = new Decoder(stream);
  assert.ok(decoder.checkIntegrity(), `${name}: header or CRC check failed`);
  const { messages, errors } = decoder.read();
  assert.deepEqual(errors, [], `${name}: decoder errors`);
  return messages;
}

/** The report's days that have steps, inside [from, to] (YYYY-MM-DD strings). */
export function sessionDays(report, from, to) {
  return report.weeks
    .flatMap((w) => w.days)
    .filter((d) => d.date >= from && d.date <= to && d.steps.length > 0);
}

/** How many workout_step messages a day's steps make: each step, plus one per repeat block. */
export const stepCount = (steps) =>
  steps.reduce((n, item) => n + (item.repeat ? item.steps.length + 1 : 1), 0);

const INTENSITY = { warm_up: 'warmup', active: 'active', recovery: 'recovery', cool_down: 'cooldown' };

function checkStep(fit, step, units, where) {
  const m = metresPer(units);
  assert.equal(fit.intensity, INTENSITY[step.intensity], `${where}: intensity`);
  if (step.duration === 'time') {
    assert.equal(fit.durationType, 'time', where);
    assert.ok(Math.abs(fit.durationTime - step.seconds) < 0.01, `${where}: ${fit.durationTime} s vs ${step.seconds}`);
  } else {
    assert.equal(fit.durationType, 'distance', where);
    const want = step.distance * m;
    assert.ok(Math.abs(fit.durationDistance - want) < 0.2, `${where}: ${fit.durationDistance} m vs ${want}`);
  }
  if (step.pace) {
    assert.equal(fit.targetType, 'speed', where);
    const low = m / step.pace.slow_s;
    const high = m / step.pace.fast_s;
    assert.ok(fit.customTargetSpeedLow < fit.customTargetSpeedHigh, `${where}: low speed below high`);
    assert.ok(Math.abs(fit.customTargetSpeedLow - low) < 0.002, `${where}: low ${fit.customTargetSpeedLow} vs ${low}`);
    assert.ok(Math.abs(fit.customTargetSpeedHigh - high) < 0.002, `${where}: high ${fit.customTargetSpeedHigh} vs ${high}`);
  } else {
    assert.equal(fit.targetType, 'open', where);
    assert.ok(step.effort, `${where}: an open step names its effort`);
    assert.match(fit.wktStepName, / (easy|steady|threshold|hard|race effort)$/, `${where}: effort in the name`);
  }
}

/** Checks one workout file's messages against the report day it was made from. */
export function checkWorkout(messages, day, units) {
  const where = day.date;
  assert.equal(messages.fileIdMesgs[0].type, 'workout', `${where}: file type`);
  const [workout] = messages.workoutMesgs;
  assert.equal(workout.sport, 'running', `${where}: sport`);
  assert.ok(workout.wktName.startsWith(`${day.date} `), `${where}: name ${workout.wktName}`);
  const fitSteps = messages.workoutStepMesgs;
  assert.equal(workout.numValidSteps, fitSteps.length, `${where}: num_valid_steps`);
  assert.equal(fitSteps.length, stepCount(day.steps), `${where}: step count`);
  let i = 0;
  for (const item of day.steps) {
    const first = i;
    for (const step of item.repeat ? item.steps : [item]) {
      assert.equal(fitSteps[i].messageIndex, i, `${where}: message index`);
      checkStep(fitSteps[i], step, units, `${where} step ${i}`);
      i += 1;
    }
    if (item.repeat) {
      const r = fitSteps[i];
      assert.equal(r.durationType, 'repeatUntilStepsCmplt', `${where}: repeat step`);
      assert.equal(r.durationStep, first, `${where}: repeat from`);
      assert.equal(r.repeatSteps, item.repeat, `${where}: repeat count`);
      i += 1;
    }
  }
  return { serial: messages.fileIdMesgs[0].serialNumber, created: messages.fileIdMesgs[0].timeCreated };
}

/** Checks the schedule: one entry per workout (by serial and time created), on the workout's date. */
export function checkSchedule(messages, workouts) {
  assert.equal(messages.fileIdMesgs[0].type, 'schedules', 'schedule file type');
  const entries = messages.scheduleMesgs;
  assert.equal(entries.length, workouts.length, 'one schedule entry per workout');
  for (const w of workouts) {
    const e = entries.find((s) => s.serialNumber === w.serial);
    assert.ok(e, `no schedule entry for ${w.date}`);
    assert.equal(e.type, 'workout');
    assert.equal(e.timeCreated.getTime(), w.created.getTime(), `${w.date}: time created`);
    const date = new Date((FIT_EPOCH_S + e.scheduledTime) * 1000).toISOString().slice(0, 10);
    assert.equal(date, w.date, 'scheduled date');
  }
}

/** Checks a set of files {name: bytes} against the report for the days in [from, to]. */
export function checkExport(files, report, from, to) {
  const days = sessionDays(report, from, to);
  assert.ok(days.length > 0, 'the range has sessions');
  const names = Object.keys(files);
  assert.equal(names.length, days.length + 1, `one file per session plus the schedule: ${names}`);
  const workouts = days.map((day) => {
    const name = names.find((n) => n.startsWith(`${day.date}_`));
    assert.ok(name, `no file for ${day.date}: ${names}`);
    return { date: day.date, ...checkWorkout(decode(files[name], name), day, report.units) };
  });
  checkSchedule(decode(files['schedule.fit'], 'schedule.fit'), workouts);
  return days;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as zip uses it. */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The entries of a zip whose entries are stored (not compressed), each CRC-checked: {name: bytes}. */
export function unzipStored(buf) {
  const bytes = new Uint8Array(buf);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files = {};
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    assert.equal(view.getUint16(at + 8, true), 0, 'entries are stored');
    const crc = view.getUint32(at + 14, true);
    const size = view.getUint32(at + 18, true);
    const nameLen = view.getUint16(at + 26, true);
    const extraLen = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLen));
    const start = at + 30 + nameLen + extraLen;
    const data = bytes.slice(start, start + size);
    assert.equal(crc32(data), crc, `${name}: zip CRC`);
    files[name] = data;
    at = start + size;
  }
  assert.equal(view.getUint32(at, true), 0x02014b50, 'the central directory follows the entries');
  return files;
}

/**
 * Checks exported files without the plan's JSON (as the browser made them): every workout decodes
 * as a running workout whose steps are well formed and dated in [from, to]; the schedule puts each
 * on its date. Returns the workouts' dates.
 */
export function checkFilesAlone(files, from, to) {
  const workouts = [];
  for (const [name, bytes] of Object.entries(files)) {
    if (name === 'schedule.fit') continue;
    const m = decode(bytes, name);
    assert.equal(m.fileIdMesgs[0].type, 'workout', name);
    const [w] = m.workoutMesgs;
    assert.equal(w.sport, 'running', name);
    const date = w.wktName.slice(0, 10);
    assert.ok(date >= from && date <= to, `${name}: ${date} outside ${from}..${to}`);
    assert.ok(name.startsWith(`${date}_`), `${name}: named by its date`);
    const steps = m.workoutStepMesgs;
    assert.equal(w.numValidSteps, steps.length, `${name}: num_valid_steps`);
    steps.forEach((s, i) => {
      if (s.durationType === 'repeatUntilStepsCmplt') {
        assert.ok(s.durationStep < i && s.repeatSteps >= 1, `${name}: repeat ${i}`);
        return;
      }
      assert.ok(['time', 'distance'].includes(s.durationType), `${name}: step ${i} duration`);
      assert.ok((s.durationTime ?? s.durationDistance) > 0, `${name}: step ${i} length`);
      assert.ok(['warmup', 'active', 'recovery', 'cooldown'].includes(s.intensity), `${name}: intensity`);
      if (s.targetType === 'speed') {
        assert.ok(s.customTargetSpeedLow > 0 && s.customTargetSpeedLow < s.customTargetSpeedHigh, `${name}: speed range`);
      } else {
        assert.equal(s.targetType, 'open', `${name}: target`);
      }
    });
    workouts.push({ date, serial: m.fileIdMesgs[0].serialNumber, created: m.fileIdMesgs[0].timeCreated });
  }
  assert.ok('schedule.fit' in files, 'the schedule is in the zip');
  checkSchedule(decode(files['schedule.fit'], 'schedule.fit'), workouts);
  return workouts.map((w) => w.date).sort();
}
