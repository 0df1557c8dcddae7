// The watch files of `periodize workouts`, decoded by Garmin's FIT SDK (@garmin/fitsdk) and checked
// against the plan's JSON (`periodize plan`): every file, every step, the schedule's dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Profile } from '@garmin/fitsdk';
import { checkExport, decode } from './fit-check.mjs';

const root = new URL('../..', import.meta.url).pathname;
const scenario = (name) => join(root, 'tests/scenarios', `${name}.json`);

function periodize(args) {
  return execFileSync('cargo', ['run', '-q', '--bin', 'periodize', '--', ...args], { cwd: root, encoding: 'utf8' });
}

function exportFiles(input, from, weeks) {
  const out = mkdtempSync(join(tmpdir(), 'periodize-fit-'));
  const args = ['workouts', '--input', input, '--weeks', String(weeks), '--out', out];
  const printed = periodize(from ? [...args, '--from', from] : args);
  const files = Object.fromEntries(readdirSync(out).map((n) => [n, new Uint8Array(readFileSync(join(out, n)))]));
  return { files, printed };
}

const addDays = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

test('the profile values the encoder uses are the FIT profile\'s', () => {
  const t = Profile.types;
  assert.equal(t.file[5], 'workout');
  assert.equal(t.file[7], 'schedules');
  assert.equal(t.sport[1], 'running');
  assert.equal(t.manufacturer[255], 'development');
  assert.deepEqual([t.wktStepDuration[0], t.wktStepDuration[1], t.wktStepDuration[6]], ['time', 'distance', 'repeatUntilStepsCmplt']);
  assert.deepEqual([t.wktStepTarget[0], t.wktStepTarget[2]], ['speed', 'open']);
  assert.deepEqual([t.intensity[0], t.intensity[2], t.intensity[3], t.intensity[4]], ['active', 'warmup', 'cooldown', 'recovery']);
  assert.equal(t.schedule[0], 'workout');
  const step = Profile.messages[27];
  const sub = (field, name) => step.fields[field].subFields.find((s) => s.name === name);
  assert.equal(sub(2, 'durationTime').scale, 1000);
  assert.equal(sub(2, 'durationDistance').scale, 100);
  assert.equal(sub(5, 'customTargetSpeedLow').scale, 1000);
  assert.equal(sub(6, 'customTargetSpeedHigh').scale, 1000);
});

test('4 weeks of a marathon build (km, paces from the goal time) decode and match the plan', () => {
  const input = scenario('marathon_18_weeks_b_and_c');
  const report = JSON.parse(periodize(['plan', '--input', input]));
  const from = '2026-05-18';
  const { files, printed } = exportFiles(input, from, 4);
  const days = checkExport(files, report, from, addDays(from, 27));
  assert.match(printed, new RegExp(`^${days.length} workouts from ${from} to ${addDays(from, 27)}`));
  assert.ok(days.some((d) => d.steps.some((i) => i.repeat)), 'some sessions have repeats');
  assert.ok(days.some((d) => d.type === 'tempo' || d.type === 'race_pace'), 'a tempo or race-pace session');
});

test('a plan in miles: the same files, checked in miles', () => {
  const input = scenario('two_a_marathons_10_weeks');
  const report = JSON.parse(periodize(['plan', '--input', input]));
  assert.equal(report.units, 'mi');
  const today = JSON.parse(readFileSync(input, 'utf8')).today;
  const { files } = exportFiles(input, null, 2);
  checkExport(files, report, today, addDays(today, 13));
});

test('a plan without any pace exports open targets with the effort in the step names', () => {
  const sc = JSON.parse(readFileSync(scenario('marathon_18_weeks_b_and_c'), 'utf8'));
  for (const r of sc.races) delete r.goal_time;
  delete sc.athlete.recent_result;
  const dir = mkdtempSync(join(tmpdir(), 'periodize-nopace-'));
  const input = join(dir, 'scenario.json');
  writeFileSync(input, JSON.stringify(sc));
  const report = JSON.parse(periodize(['plan', '--input', input]));
  const from = '2026-05-18';
  const { files } = exportFiles(input, from, 2);
  checkExport(files, report, from, addDays(from, 13));
  for (const [name, bytes] of Object.entries(files)) {
    for (const s of decode(bytes, name).workoutStepMesgs ?? []) {
      if (s.durationType !== 'repeatUntilStepsCmplt') assert.equal(s.targetType, 'open', name);
    }
  }
});
