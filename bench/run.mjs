#!/usr/bin/env node
// kinerja benchmark: throughput of scoreEvaluation and scoreBatch for pp46-2011 and
// permenpanrb-6-2022, a floating-point reference for pp46, and the heap growth of scoreBatch over
// 1,000,000 lazily generated inputs. See bench/README.md.
//
//   node --expose-gc bench/run.mjs [--only <case>[,<case>…]] [--n <count>] [--warmup <count>]
//        [--budget <s>] [--memory-budget <s>] [--total-budget <s>] [--in-process] [--write|--no-write]
//
// Reads ../dist/index.js (run `npm run build` first; `npm run bench` does).
//
// Each group of cases (pp46, permenpanrb, memory) runs in its own child process so that the JIT
// feedback one pack leaves in the shared engine code (polymorphic call sites, deoptimisations)
// does not slow the other pack down; the float reference runs in the same process as the pp46
// engine cases. A single group (e.g. `--only pp46-evaluate`, for profiling) runs in-process.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import * as kinerja from '../dist/index.js';
import { DISTRIBUTION_CASE, DISTRIBUTION_GOAL, runDistribution } from './distribution.mjs';
import { ELIGIBILITY_CASE, ELIGIBILITY_GOAL, runEligibility } from './eligibility.mjs';
import { generateArray, generateLazily } from './generators.mjs';
import { ORACLES_CASE, runOracles } from './oracles.mjs';
import { referencePp46 } from './reference.mjs';
import { runStorage, STORAGE_CASE, STORAGE_GOALS } from './storage.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const self = fileURLToPath(import.meta.url);
const { compileRuleset, scoreEvaluation, formatIssue, unwrap } = kinerja;
const scoreBatch = typeof kinerja.scoreBatch === 'function' ? kinerja.scoreBatch : undefined;

const PACK_SEED = { 'pp46-2011': 46_2011, 'permenpanrb-6-2022': 6_2022 };
const WARMUP_SEED_OFFSET = 1_000_003;

/**
 * The cases, in the order they run. `n`: default evaluations; `group`: the process it runs in;
 * `weight`: its share of the time left when budgets are shared out.
 */
const CASES = [
  { id: 'pp46-reference', group: 'pp46', pack: 'pp46-2011', api: 'reference', n: 100_000, weight: 0.1 },
  { id: 'pp46-evaluate', group: 'pp46', pack: 'pp46-2011', api: 'scoreEvaluation', n: 100_000, weight: 1 },
  { id: 'pp46-batch', group: 'pp46', pack: 'pp46-2011', api: 'scoreBatch', n: 100_000, weight: 1 },
  {
    id: 'permenpanrb-evaluate',
    group: 'permenpanrb',
    pack: 'permenpanrb-6-2022',
    api: 'scoreEvaluation',
    n: 100_000,
    weight: 0.5,
  },
  {
    id: 'permenpanrb-batch',
    group: 'permenpanrb',
    pack: 'permenpanrb-6-2022',
    api: 'scoreBatch',
    n: 100_000,
    weight: 0.5,
  },
  {
    id: 'batch-memory',
    group: 'memory',
    pack: 'permenpanrb-6-2022',
    api: 'scoreBatch',
    n: 1_000_000,
    weight: 1.5,
    memory: true,
  },
  DISTRIBUTION_CASE,
  ELIGIBILITY_CASE,
  ORACLES_CASE,
  STORAGE_CASE,
];

const GOALS = [
  {
    name: 'permenpanrb-6-2022 scoreEvaluation ≥ 200,000 evaluations/s',
    caseId: 'permenpanrb-evaluate',
    perSecond: 200_000,
  },
  {
    name: 'permenpanrb-6-2022 scoreBatch ≥ 200,000 evaluations/s',
    caseId: 'permenpanrb-batch',
    perSecond: 200_000,
  },
  { name: 'pp46-2011 scoreEvaluation ≥ 50,000 evaluations/s', caseId: 'pp46-evaluate', perSecond: 50_000 },
  { name: 'pp46-2011 scoreBatch ≥ 50,000 evaluations/s', caseId: 'pp46-batch', perSecond: 50_000 },
  {
    name: 'scoreBatch over 1,000,000 inputs: heap growth < 50 MB',
    caseId: 'batch-memory',
    heapMB: 50,
    evaluations: 1_000_000,
  },
  DISTRIBUTION_GOAL,
  ELIGIBILITY_GOAL,
  ...STORAGE_GOALS,
];

// ---------------------------------------------------------------------------------------------
// Arguments

const USAGE = `usage: node --expose-gc bench/run.mjs [--only <case>[,<case>…]] [--n <count>] [--warmup <count>]
       [--budget <s>] [--memory-budget <s>] [--total-budget <s>] [--in-process] [--write|--no-write]
cases: ${CASES.map((c) => c.id).join(', ')}
  --n              evaluations per selected case (default 100,000; batch-memory 1,000,000)
  --warmup         warm-up evaluations before each case (default 5,000)
  --budget         at most this many seconds per throughput case (default 40)
  --memory-budget  at most this many seconds for batch-memory (default 75)
  --total-budget   seconds for the whole run, shared out among the cases left (default 140)
  --in-process     run every case in this process (default: one child process per group)
  --write          replace bench/results/latest.* (default only for a full run)`;

function usage(code) {
  (code === 0 ? console.log : console.error)(USAGE);
  process.exit(code);
}

function parseArgs(argv) {
  const o = {
    only: undefined,
    n: undefined,
    warmup: 5000,
    budget: 40,
    memoryBudget: 75,
    totalBudget: 140,
    inProcess: false,
    write: undefined,
    child: false,
    deadline: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) usage(2);
      return v;
    };
    const count = () => {
      const x = Number(String(value()).replaceAll('_', '').replaceAll(',', ''));
      if (!Number.isFinite(x) || x < 0) usage(2);
      return Math.floor(x);
    };
    if (a === '--only')
      o.only = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (a === '--n') o.n = count();
    else if (a === '--warmup') o.warmup = count();
    else if (a === '--budget') o.budget = count();
    else if (a === '--memory-budget') o.memoryBudget = count();
    else if (a === '--total-budget') o.totalBudget = count();
    else if (a === '--deadline')
      o.deadline = count(); // epoch ms, set by the parent for a child
    else if (a === '--in-process') o.inProcess = true;
    else if (a === '--child') o.child = true;
    else if (a === '--write') o.write = true;
    else if (a === '--no-write') o.write = false;
    else if (a === '--help' || a === '-h') usage(0);
    else {
      console.error(`unknown argument: ${argv[i]}`);
      usage(2);
    }
  }
  for (const id of o.only ?? []) {
    if (!CASES.some((c) => c.id === id)) {
      console.error(`unknown case: ${id}`);
      usage(2);
    }
  }
  // Only a full default run replaces bench/results/latest.*, unless asked otherwise.
  if (o.write === undefined) o.write = o.only === undefined && o.n === undefined;
  return o;
}

const opts = parseArgs(process.argv.slice(2));
const selected = CASES.filter((c) => !opts.only || opts.only.includes(c.id));
const deadline = opts.deadline ?? Date.now() + opts.totalBudget * 1000;

const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};
const heapUsed = () => v8.getHeapStatistics().used_heap_size;
const MB = 1024 * 1024;
const now = () => process.hrtime.bigint();
const seconds = (t0, t1) => Number(t1 - t0) / 1e9;
const round = (x, d) => {
  const f = 10 ** d;
  return Math.round(x * f) / f;
};
const cpuSeconds = (u) => (u.user + u.system) / 1e6;

// ---------------------------------------------------------------------------------------------
// Failure: an evaluation that returns ok:false is a generator bug; stop with the first issue.

function fail(caseId, index, issues, input) {
  const first = issues?.[0];
  console.error(
    `\n${caseId}: evaluation ${index} was rejected (${issues?.length ?? 0} issue(s)); the generator is wrong.`,
  );
  if (first) {
    console.error(`first issue: ${formatIssue ? formatIssue(first) : JSON.stringify(first)}`);
    console.error(`code: ${first.code}`);
  }
  if (input !== undefined) console.error(`input: ${JSON.stringify(input)}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Case runners. Each returns { evaluations, seconds, cpuSeconds, peakHeapMB, predikat, truncated }.

/** Reference and scoreEvaluation: inputs generated up front, a plain loop. */
function runLoop(score, inputs, n, budgetSeconds) {
  const budgetNs = BigInt(Math.round(budgetSeconds * 1e9));
  const counts = Object.create(null);
  gc();
  const base = heapUsed();
  let peak = 0;
  let done = 0;
  let truncated = false;
  const cpu0 = process.cpuUsage();
  const t0 = now();
  for (let i = 0; i < n; i++) {
    const predikat = score(inputs[i], i);
    counts[predikat] = (counts[predikat] ?? 0) + 1;
    done++;
    if ((i & 8191) === 8191) {
      const h = heapUsed() - base;
      if (h > peak) peak = h;
      if (now() - t0 > budgetNs) {
        truncated = i + 1 < n;
        break;
      }
    }
  }
  const t1 = now();
  const cpu = cpuSeconds(process.cpuUsage(cpu0));
  const h = heapUsed() - base;
  if (h > peak) peak = h;
  return {
    evaluations: done,
    seconds: seconds(t0, t1),
    cpuSeconds: cpu,
    peakHeapMB: peak / MB,
    predikat: counts,
    truncated,
  };
}

function scorerFor(c, compiled) {
  if (c.api === 'reference') return (input) => referencePp46(input).predikat;
  return (input, i) => {
    const r = scoreEvaluation(compiled, input);
    if (!r.ok) fail(c.id, i, r.issues, input);
    return r.value.predikat;
  };
}

/** The input a lazily generated batch had at `index` (to print it on failure). */
const lazyInput = (pack, seed, index) => generateArray(pack, seed, index + 1)[index];

/** scoreBatch: inputs generated lazily inside an async generator; for await over the results. */
async function runBatch(c, compiled, seed, n, budgetSeconds) {
  const memory = c.memory === true;
  const budgetNs = BigInt(Math.round(budgetSeconds * 1e9));
  const every = memory ? 50_000 : 10_000;
  const counts = Object.create(null);
  const samples = [];
  let progressCalls = 0;
  let lastProgress = null;
  gc();
  gc();
  const base = heapUsed();
  let peak = 0;
  let done = 0;
  let truncated = false;
  const onProgress = (p) => {
    progressCalls++;
    lastProgress = p;
  };
  const cpu0 = process.cpuUsage();
  const t0 = now();
  for await (const item of scoreBatch(compiled, generateLazily(c.pack, seed, n), {
    onProgress,
    progressEvery: every,
  })) {
    if (item.ok === false)
      fail(c.id, item.index ?? done, item.issues, lazyInput(c.pack, seed, item.index ?? done));
    const predikat = (item.result ?? item.value).predikat;
    counts[predikat] = (counts[predikat] ?? 0) + 1;
    done++;
    if (done % every === 0) {
      if (memory) gc(); // live heap only: the growth that does not go away
      const h = heapUsed() - base;
      if (memory) samples.push({ evaluations: done, heapGrowthMB: round(h / MB, 2) });
      if (h > peak) peak = h;
      if (now() - t0 > budgetNs) {
        truncated = done < n;
        break;
      }
    }
  }
  const t1 = now();
  const cpu = cpuSeconds(process.cpuUsage(cpu0));
  if (memory) gc();
  const h = heapUsed() - base;
  if (h > peak) peak = h;
  const out = {
    evaluations: done,
    seconds: seconds(t0, t1),
    cpuSeconds: cpu,
    peakHeapMB: peak / MB,
    predikat: counts,
    truncated,
  };
  out.progress = { calls: progressCalls, last: lastProgress };
  if (memory) {
    out.heapSamples = samples;
    out.baselineHeapMB = round(base / MB, 2);
  }
  return out;
}

async function warmBatch(c, compiled, seed, n) {
  for await (const item of scoreBatch(compiled, generateLazily(c.pack, seed, n))) {
    if (item.ok === false)
      fail(`${c.id} (warm-up)`, item.index, item.issues, lazyInput(c.pack, seed, item.index));
  }
}

/** Plausibility: the reference and the engine on the same inputs (untimed). */
function compareWithReference(compiled, inputs) {
  let same = 0;
  let maxDiff = 0;
  for (let i = 0; i < inputs.length; i++) {
    const r = scoreEvaluation(compiled, inputs[i]);
    if (!r.ok) fail('pp46-reference-check', i, r.issues, inputs[i]);
    const ref = referencePp46(inputs[i]);
    if (ref.predikat === r.value.predikat) same++;
    const d = Math.abs(Number(r.value.score) - ref.score);
    if (d > maxDiff) maxDiff = d;
  }
  return { evaluations: inputs.length, samePredikat: same, maxScoreDifference: round(maxDiff, 4) };
}

/** This case's share of the time left: its weight against the weights of the cases still to run. */
function budgetFor(c, remaining) {
  const own = c.memory ? opts.memoryBudget : opts.budget;
  const left = (deadline - Date.now()) / 1000;
  const weights = remaining.reduce((s, x) => s + x.weight, 0);
  return Math.max(3, Math.min(own, (left * c.weight) / weights));
}

// ---------------------------------------------------------------------------------------------
// Running the cases of one process

async function runCases(selectedCases) {
  // The distribution case (bench/distribution.mjs) generates and times its own units.
  const rows = selectedCases
    .filter((c) => c.api === DISTRIBUTION_CASE.api)
    .map((c) => runDistribution(kinerja, { n: opts.n ?? c.n }));
  // The eligibility case (bench/eligibility.mjs) times kinerja and json-rules-engine on the same facts.
  for (const c of selectedCases.filter((x) => x.api === ELIGIBILITY_CASE.api))
    rows.push(...(await runEligibility(kinerja, { n: opts.n ?? c.n })));
  // The oracles case (bench/oracles.mjs) times the decimal and date helpers against decimal.js and date-fns.
  for (const c of selectedCases.filter((x) => x.api === ORACLES_CASE.api))
    rows.push(...(await runOracles(kinerja, { n: opts.n ?? c.n })));
  // The storage case (bench/storage.mjs) saves and lists results on every adapter.
  for (const c of selectedCases.filter((x) => x.api === STORAGE_CASE.api))
    rows.push(...(await runStorage(kinerja, { n: opts.n ?? c.n })));
  const cases = selectedCases.filter(
    (c) =>
      c.api !== DISTRIBUTION_CASE.api &&
      c.api !== ELIGIBILITY_CASE.api &&
      c.api !== ORACLES_CASE.api &&
      c.api !== STORAGE_CASE.api,
  );
  let referenceCheck = null;
  let referencePerSecond;
  const packs = [...new Set(cases.map((c) => c.pack))];
  for (const pack of packs) {
    const compiled = unwrap(compileRuleset(pack));
    const seed = PACK_SEED[pack];
    const packCases = cases.filter((c) => c.pack === pack);
    const loopCases = packCases.filter((c) => c.api !== 'scoreBatch');
    let inputs;
    let warm;
    if (loopCases.length > 0) {
      const n = Math.max(...loopCases.map((c) => opts.n ?? c.n));
      const tg = now();
      inputs = generateArray(pack, seed, n);
      warm = generateArray(pack, seed + WARMUP_SEED_OFFSET, opts.warmup);
      console.error(
        `${pack}: generated ${n.toLocaleString('en')} inputs up front in ${seconds(tg, now()).toFixed(1)} s`,
      );
    }
    for (const c of packCases) {
      const n = opts.n ?? c.n;
      const base = { name: c.id, pack, api: c.api };
      if (c.api === 'scoreBatch' && !scoreBatch) {
        console.error(`${c.id}: scoreBatch is not exported by dist/index.js yet: pending`);
        rows.push({
          ...base,
          status: 'pending',
          evaluations: 0,
          seconds: null,
          perSecond: null,
          ratioToReference: null,
          peakHeapMB: null,
        });
        continue;
      }
      let r;
      const load0 = os.loadavg()[0];
      if (c.api === 'scoreBatch') {
        if (opts.warmup > 0) await warmBatch(c, compiled, seed + WARMUP_SEED_OFFSET, opts.warmup);
        const budget = budgetFor(c, cases.slice(cases.indexOf(c)));
        console.error(
          `${c.id}: scoring ${n.toLocaleString('en')} lazily generated inputs through scoreBatch (budget ${budget.toFixed(0)} s)…`,
        );
        r = await runBatch(c, compiled, seed, n, budget);
      } else {
        const score = scorerFor(c, compiled);
        for (let i = 0; i < warm.length; i++) score(warm[i], i);
        const budget = budgetFor(c, cases.slice(cases.indexOf(c)));
        console.error(
          `${c.id}: scoring ${n.toLocaleString('en')} inputs through ${c.api} (budget ${budget.toFixed(0)} s)…`,
        );
        r = runLoop(score, inputs, n, budget);
      }
      const perSecond = r.evaluations / r.seconds;
      if (c.api === 'reference') referencePerSecond = perSecond;
      const ratio =
        pack === 'pp46-2011' && c.api !== 'reference' && referencePerSecond
          ? referencePerSecond / perSecond
          : null;
      const row = {
        ...base,
        status: r.truncated ? 'truncated' : 'done',
        evaluations: r.evaluations,
        seconds: round(r.seconds, 3),
        perSecond: Math.round(perSecond),
        ratioToReference: c.api === 'reference' ? 1 : ratio === null ? null : round(ratio, 1),
        peakHeapMB: round(r.peakHeapMB, 1),
        cpuSeconds: round(r.cpuSeconds, 3),
        perCpuSecond: Math.round(r.evaluations / r.cpuSeconds),
        loadAverage: [round(load0, 2), round(os.loadavg()[0], 2)],
        heapMeasure: c.memory
          ? 'live heap growth over the gc()ed baseline, sampled after gc() every 50,000'
          : 'heapUsed growth incl. uncollected garbage, sampled about every 8,000-10,000',
        predikat: r.predikat,
      };
      if (r.progress) row.progress = r.progress;
      if (r.heapSamples) {
        row.baselineHeapMB = r.baselineHeapMB;
        row.heapSamples = r.heapSamples;
      }
      if (r.truncated)
        console.error(
          `${c.id}: stopped at its time budget after ${r.evaluations.toLocaleString('en')} evaluations`,
        );
      console.error(
        `${c.id}: ${r.evaluations.toLocaleString('en')} in ${r.seconds.toFixed(2)} s = ${Math.round(perSecond).toLocaleString('en')}/s` +
          (c.memory ? `, peak live heap growth ${r.peakHeapMB.toFixed(1)} MB` : ''),
      );
      rows.push(row);
    }
    if (pack === 'pp46-2011' && inputs && packCases.some((c) => c.api === 'scoreEvaluation')) {
      referenceCheck = compareWithReference(compiled, inputs.slice(0, Math.min(10_000, inputs.length)));
    }
    inputs = undefined;
    warm = undefined;
  }
  return { cases: rows, referenceCheck };
}

/** Runs one group of cases in a child process and reads its rows from the child's stdout. */
function runChild(group, cases) {
  const groupsLeft = [...new Set(selected.slice(selected.indexOf(cases[0])).map((c) => c.group))];
  const weightOf = (g) => selected.filter((c) => c.group === g).reduce((s, c) => s + c.weight, 0);
  const share = weightOf(group) / groupsLeft.reduce((s, g) => s + weightOf(g), 0);
  const childDeadline = Math.round(Date.now() + (deadline - Date.now()) * share);
  const args = ['--child', '--only', cases.map((c) => c.id).join(','), '--warmup', String(opts.warmup)];
  args.push(
    '--budget',
    String(opts.budget),
    '--memory-budget',
    String(opts.memoryBudget),
    '--deadline',
    String(childDeadline),
  );
  if (opts.n !== undefined) args.push('--n', String(opts.n));
  const execArgv = process.execArgv.includes('--expose-gc')
    ? process.execArgv
    : ['--expose-gc', ...process.execArgv];
  const r = spawnSync(process.execPath, [...execArgv, self, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * MB,
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    console.error(`bench: the ${group} process failed (${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
  return JSON.parse(r.stdout);
}

// ---------------------------------------------------------------------------------------------
// Report

/** The commit the engine was built from, and whether src/ had uncommitted changes (dist/ is built from the working tree). */
function gitState() {
  const git = (...a) =>
    execFileSync('git', a, {
      cwd: join(here, '..'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  try {
    const changed = git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean);
    return { commit: git('rev-parse', '--short', 'HEAD'), srcChanges: changed.length };
  } catch {
    return null;
  }
}

function goalsOf(rows) {
  return GOALS.filter((g) => rows.some((r) => r.name === g.caseId)).map((g) => {
    const r = rows.find((x) => x.name === g.caseId);
    if (g.ratio !== undefined) {
      const times = r.outcome?.timesJsonRulesEngine;
      const reached = times === undefined ? 'pending' : `${times} ×`;
      return {
        name: g.name,
        target: `≥ ${g.ratio} ×`,
        reached,
        ok: times === undefined ? null : times >= g.ratio,
      };
    }
    const target = g.heapMB !== undefined ? `< ${g.heapMB} MB` : `≥ ${g.perSecond.toLocaleString('en')}/s`;
    if (r.status === 'pending') return { name: g.name, target, reached: 'pending', ok: null };
    if (g.heapMB !== undefined) {
      const complete = r.evaluations >= g.evaluations;
      return {
        name: g.name,
        target,
        reached: `${r.peakHeapMB} MB over ${r.evaluations.toLocaleString('en')}${complete ? '' : ' (incomplete)'}`,
        ok: complete && r.peakHeapMB < g.heapMB,
      };
    }
    return {
      name: g.name,
      target,
      reached: `${r.perSecond.toLocaleString('en')}/s`,
      ok: r.perSecond >= g.perSecond,
    };
  });
}

function markdown(report) {
  const fmt = (x, d = 0) =>
    x === null || x === undefined
      ? '—'
      : Number(x).toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d });
  const lines = [];
  lines.push('# kinerja benchmark', '');
  const g = report.git;
  const built = g
    ? ` · built from ${g.commit}${g.srcChanges > 0 ? ` + ${g.srcChanges} uncommitted src/ change(s)` : ''}`
    : '';
  lines.push(
    `${report.date} · Node ${report.node} · ${report.cpu} (${report.cores} cores) · scoreBatch ${report.scoreBatch}${built}`,
    '',
  );
  lines.push(
    '| case | pack | API | evaluations | seconds | evaluations/s | per CPU-second | × slower than float reference | peak heap MB |',
  );
  lines.push('|---|---|---|---:|---:|---:|---:|---:|---:|');
  for (const r of report.cases) {
    const status =
      r.status === 'pending' ? ' (pending)' : r.status === 'truncated' ? ' (stopped at budget)' : '';
    lines.push(
      `| ${r.name}${status} | ${r.pack} | ${r.api} | ${fmt(r.evaluations)} | ${fmt(r.seconds, 2)} | ${fmt(r.perSecond)} | ${fmt(r.perCpuSecond)} | ${
        r.ratioToReference === null ? '—' : fmt(r.ratioToReference, 1)
      } | ${fmt(r.peakHeapMB, 1)} |`,
    );
  }
  const oracles = report.cases.filter((r) => r.oracle);
  if (oracles.length > 0) {
    lines.push(
      '',
      '| kinerja helper | kinerja ops/s | oracle | oracle ops/s | × (oracle time / kinerja time) |',
      '|---|---:|---|---:|---:|',
    );
    for (const r of oracles)
      lines.push(
        `| ${r.api} | ${fmt(r.perSecond)} | ${r.oracle.library} | ${fmt(r.oracle.perSecond)} | ${fmt(r.oracle.times, 1)} |`,
      );
  }
  lines.push('', '| goal | target | reached | ok |', '|---|---|---|---|');
  for (const g of report.goals)
    lines.push(
      `| ${g.name} | ${g.target} | ${g.reached} | ${g.ok === null ? 'pending' : g.ok ? 'yes' : 'no'} |`,
    );
  lines.push('');
  lines.push(
    'Evaluations/s is wall clock; per CPU-second divides by the process CPU time (main thread plus GC helper threads). ' +
      'Peak heap: for `batch-memory`, live heap growth over the gc()ed baseline, sampled after gc() every 50,000 items; ' +
      'for the other cases, heapUsed growth including uncollected garbage (an upper bound, not a leak measure).',
  );
  const loads = report.cases.flatMap((r) => r.loadAverage ?? []);
  const maxLoad = loads.length ? Math.max(...loads) : 0;
  if (maxLoad > report.cores) {
    lines.push(
      '',
      `**Noisy machine:** the 1-minute load average reached ${fmt(maxLoad, 1)} on ${report.cores} cores during the run; wall-clock figures are pessimistic.`,
    );
  }
  if (report.referenceCheck) {
    const rc = report.referenceCheck;
    lines.push(
      '',
      `Reference plausibility (untimed): on the first ${fmt(rc.evaluations)} pp46 inputs the float reference gives the engine's predikat for ${fmt(
        rc.samePredikat,
      )}; largest final-score difference ${rc.maxScoreDifference}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  if (opts.child) {
    process.stdout.write(JSON.stringify(await runCases(selected)));
    return;
  }
  const groups = [...new Set(selected.map((c) => c.group))];
  const rows = [];
  let referenceCheck = null;
  if (opts.inProcess || groups.length === 1) {
    const r = await runCases(selected);
    rows.push(...r.cases);
    referenceCheck = r.referenceCheck;
  } else {
    for (const g of groups) {
      const r = runChild(
        g,
        selected.filter((c) => c.group === g),
      );
      rows.push(...r.cases);
      referenceCheck ??= r.referenceCheck;
    }
  }
  const report = {
    date: new Date().toISOString(),
    git: gitState(),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    platform: `${process.platform}-${process.arch}`,
    options: {
      only: opts.only ?? null,
      n: opts.n ?? null,
      warmup: opts.warmup,
      budgetSeconds: opts.budget,
      memoryBudgetSeconds: opts.memoryBudget,
      totalBudgetSeconds: opts.totalBudget,
      processes: opts.inProcess || groups.length === 1 ? 'one' : 'one per group',
    },
    scoreBatch: scoreBatch ? 'available' : 'pending',
    cases: rows,
    goals: goalsOf(rows),
    referenceCheck,
  };
  const md = markdown(report);
  console.log(md);
  if (opts.write) {
    const dir = join(here, 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(dir, 'latest.md'), md);
    console.error('wrote bench/results/latest.json and bench/results/latest.md');
  } else {
    console.error(
      'partial run (--only/--n): bench/results/latest.* left alone (pass --write to replace them)',
    );
  }
}

await main();
