// The `distribution` bench case: checkDistribution over 100,000 employees in 2,000 units, each unit
// with its own predikat, the employees given as lists of { id, predikat } (what an agency has at
// hand). Everything is generated up front from a seeded PRNG (mulberry32), so every run checks the
// same units. Goal: the whole batch in under one second.
//
// run.mjs runs it as the case `distribution` (in its own child process); on its own:
//
//   node bench/distribution.mjs [--n <employees>] [--units <count>]
//
// Reads ../dist/index.js (run `npm run build` first).

import os from 'node:os';
import { mulberry32 } from './generators.mjs';

export const DISTRIBUTION_SEED = 4_2026;
const WARMUP_SEED = DISTRIBUTION_SEED + 1_000_003;
const PACK = 'permenpanrb-6-2022';

/** The case as run.mjs lists it. `n` is the number of employees; the units hold 50 on average. */
export const DISTRIBUTION_CASE = {
  id: 'distribution',
  group: 'distribution',
  pack: PACK,
  api: 'checkDistribution',
  n: 100_000,
  weight: 0.1,
};

/** The goal, as run.mjs checks goals: 100,000 employees in under a second. */
export const DISTRIBUTION_GOAL = {
  name: 'checkDistribution: 100,000 employees in 2,000 units in < 1 s (≥ 100,000 employees/s)',
  caseId: 'distribution',
  perSecond: 100_000,
};

const UNIT_PREDIKAT = [
  ['istimewa', 0.15],
  ['baik', 0.5],
  ['butuh-perbaikan', 0.2],
  ['kurang', 0.1],
  ['sangat-kurang', 0.05],
];
const EMPLOYEE_PREDIKAT = [
  ['sangat-baik', 0.15],
  ['baik', 0.6],
  ['butuh-perbaikan', 0.15],
  ['kurang', 0.07],
  ['sangat-kurang', 0.03],
];

function weighted(rng, table) {
  let x = rng();
  for (const [code, w] of table) {
    if (x < w) return code;
    x -= w;
  }
  return table[table.length - 1][0];
}

/**
 * `units` units holding `employees` people in all: sizes from 1 to twice the mean (some units
 * too small for their curve), the last unit taking what is left; unit predikat and employee
 * predikat drawn independently, so many units violate their curve and need the fewest-moves
 * solver, some are infeasible.
 */
export function generateUnits(seed, employees, units) {
  const rng = mulberry32(seed);
  const mean = employees / units;
  const out = [];
  let left = employees;
  for (let u = 0; u < units; u++) {
    const size = u === units - 1 ? left : Math.min(left, 1 + Math.floor(rng() * (2 * mean - 1)));
    left -= size;
    const people = [];
    for (let i = 0; i < size; i++)
      people.push({ id: `u${u}-e${i}`, predikat: weighted(rng, EMPLOYEE_PREDIKAT) });
    out.push({ id: `u${u}`, predikat: weighted(rng, UNIT_PREDIKAT), people });
  }
  return out;
}

function checkAll(kinerja, ruleset, units, caseId) {
  const summary = { ok: 0, violated: 0, infeasible: 0, moves: 0 };
  for (const unit of units) {
    const r = kinerja.checkDistribution(ruleset, unit.predikat, unit.people);
    if (!r.ok) {
      console.error(`${caseId}: unit ${unit.id} was rejected: ${kinerja.formatIssue(r.issues[0])}`);
      process.exit(1);
    }
    const report = r.value;
    if (report.ok) summary.ok++;
    else if (!report.feasible) summary.infeasible++;
    else {
      summary.violated++;
      summary.moves += report.moves;
    }
  }
  return summary;
}

/**
 * Runs the case: one untimed warm-up pass over other units (JIT; it also prepares the five curves
 * once, as any batch would), then the timed pass. Returns a row for run.mjs's report.
 */
export function runDistribution(kinerja, { n = DISTRIBUTION_CASE.n, units } = {}) {
  const unitCount = units ?? Math.max(1, Math.round(n / 50));
  if (typeof kinerja.checkDistribution !== 'function') {
    console.error('distribution: checkDistribution is not exported by dist/index.js yet: pending');
    return {
      name: DISTRIBUTION_CASE.id,
      pack: PACK,
      api: DISTRIBUTION_CASE.api,
      status: 'pending',
      evaluations: 0,
      seconds: null,
      perSecond: null,
      ratioToReference: null,
      peakHeapMB: null,
    };
  }
  const ruleset = kinerja.getPack(PACK);
  const t0g = process.hrtime.bigint();
  const timed = generateUnits(DISTRIBUTION_SEED, n, unitCount);
  const warm = generateUnits(WARMUP_SEED, n, unitCount);
  const genSeconds = Number(process.hrtime.bigint() - t0g) / 1e9;
  console.error(
    `distribution: generated ${n.toLocaleString('en')} employees in ${unitCount.toLocaleString('en')} units twice in ${genSeconds.toFixed(1)} s`,
  );
  const load0 = os.loadavg()[0];
  const tw = process.hrtime.bigint();
  checkAll(kinerja, ruleset, warm, 'distribution (warm-up)');
  const coldSeconds = Number(process.hrtime.bigint() - tw) / 1e9;
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const summary = checkAll(kinerja, ruleset, timed, 'distribution');
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakHeapMB = Math.max(0, process.memoryUsage().heapUsed - heap0) / (1024 * 1024);
  console.error(
    `distribution: ${n.toLocaleString('en')} employees in ${unitCount.toLocaleString('en')} units in ${seconds.toFixed(3)} s ` +
      `(warm-up pass ${coldSeconds.toFixed(3)} s): ${summary.ok} fit, ${summary.violated} violate (${summary.moves} moves), ${summary.infeasible} infeasible`,
  );
  const r3 = (x) => Math.round(x * 1000) / 1000;
  return {
    name: DISTRIBUTION_CASE.id,
    pack: PACK,
    api: DISTRIBUTION_CASE.api,
    status: 'done',
    evaluations: n,
    units: unitCount,
    seconds: r3(seconds),
    perSecond: Math.round(n / seconds),
    ratioToReference: null,
    peakHeapMB: Math.round(peakHeapMB * 10) / 10,
    cpuSeconds: r3(cpuSeconds),
    perCpuSecond: Math.round(n / cpuSeconds),
    warmupSeconds: r3(coldSeconds),
    loadAverage: [Math.round(load0 * 100) / 100, Math.round(os.loadavg()[0] * 100) / 100],
    heapMeasure: 'heapUsed growth incl. uncollected garbage over the timed pass',
    outcome: summary,
  };
}

// Run on its own: node bench/distribution.mjs [--n <employees>] [--units <count>]
if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const kinerja = await import('../dist/index.js');
  const row = runDistribution(kinerja, { n: arg('--n') ?? DISTRIBUTION_CASE.n, units: arg('--units') });
  console.log(JSON.stringify(row, null, 2));
}
