// The `eligibility` bench case: kenaikan-pangkat-reguler over 100,000 generated employees with
// kinerja's evaluateEligibility (validation of the facts, every node evaluated, the explanation
// tree, unmet leaf ids and the earliest schedule date) against json-rules-engine evaluating the
// same five conditions on the same facts, in the same run (json-rules-engine gives an outcome per
// condition but no tree of actual/expected values, no earliest date, and evaluates asynchronously).
// Everything is generated up front from a seeded PRNG (mulberry32). Goal: kinerja at least 10
// times json-rules-engine's throughput.
//
// run.mjs runs it as the cases `eligibility` and `eligibility-json-rules-engine`; on its own:
//
//   node bench/eligibility.mjs [--n <employees>]
//
// Reads ../dist/index.js (run `npm run build` first).

import { mulberry32 } from './generators.mjs';

export const ELIGIBILITY_SEED = 11_2017;
const RULE = 'kenaikan-pangkat-reguler';
const AS_OF = '2025-06-30';

/** The cases as run.mjs lists them (one process; the reference row is produced with it). */
export const ELIGIBILITY_CASE = {
  id: 'eligibility',
  group: 'eligibility',
  pack: RULE,
  api: 'evaluateEligibility',
  n: 100_000,
  weight: 0.2,
};

/** The goal: at least 10 times json-rules-engine's throughput on the same facts. */
export const ELIGIBILITY_GOAL = {
  name: 'evaluateEligibility (kenaikan-pangkat-reguler, full tree) ≥ 10 × json-rules-engine',
  caseId: 'eligibility',
  ratio: 10,
};

const GOLONGAN = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
];
const EDUCATION = [
  'sd',
  'sltp',
  'sltp-kejuruan',
  'slta',
  'slta-kejuruan',
  'd1',
  'd2',
  'sgplb',
  'd3',
  'sarjana-muda',
  's1',
  'd4',
  's2',
  'dokter',
  'apoteker',
  's3',
];
const CAP = {
  sd: 'II/a',
  sltp: 'II/c',
  'sltp-kejuruan': 'II/d',
  slta: 'III/b',
  'slta-kejuruan': 'III/b',
  d1: 'III/b',
  d2: 'III/b',
  sgplb: 'III/c',
  d3: 'III/c',
  'sarjana-muda': 'III/c',
  s1: 'III/d',
  d4: 'III/d',
  s2: 'IV/a',
  dokter: 'IV/a',
  apoteker: 'IV/a',
  s3: 'IV/b',
};
const START = {
  sd: 'I/a',
  sltp: 'I/c',
  'sltp-kejuruan': 'I/c',
  slta: 'II/a',
  'slta-kejuruan': 'II/a',
  d1: 'II/a',
  d2: 'II/b',
  sgplb: 'II/b',
  d3: 'II/c',
  'sarjana-muda': 'II/c',
  s1: 'III/a',
  d4: 'III/a',
  s2: 'III/b',
  dokter: 'III/b',
  apoteker: 'III/b',
  s3: 'III/c',
};
const PREDIKAT = ['sangat-baik', 'baik', 'baik', 'baik', 'butuh-perbaikan', 'kurang'];
const RANK = {
  'sangat-baik': 5,
  baik: 4,
  'butuh-perbaikan': 3,
  cukup: 3,
  kurang: 2,
  'sangat-kurang': 1,
  buruk: 1,
};

const pad = (n, w = 2) => String(n).padStart(w, '0');
const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)];
const date = (rng, from, to) =>
  `${from + Math.floor(rng() * (to - from + 1))}-${pad(1 + Math.floor(rng() * 12))}-${pad(1 + Math.floor(rng() * 28))}`;

/** `n` employees' facts (docs/careers.md), seeded. */
export function generateEmployees(seed, n) {
  const rng = mulberry32(seed);
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const education = pick(rng, EDUCATION);
    const performance = [];
    for (let y = 2019; y <= 2024; y++)
      if (rng() < 0.95) performance.push({ year: y, predikat: pick(rng, PREDIKAT) });
    const discipline =
      rng() < 0.05
        ? [{ level: 'sedang', from: date(rng, 2023, 2025), to: date(rng, 2025, 2026) }].filter(
            (d) => d.from <= d.to,
          )
        : [];
    out[i] = {
      birthDate: date(rng, 1965, 2000),
      serviceStart: date(rng, 1990, 2020),
      education,
      rank: { golongan: pick(rng, GOLONGAN), since: date(rng, 2016, 2025) },
      position: { kind: 'pelaksana', level: null, since: date(rng, 1990, 2020) },
      performance,
      discipline,
      exams: rng() < 0.5 ? ['ujian-dinas-tingkat-i', 'ujian-dinas-tingkat-ii'] : [],
    };
  }
  return out;
}

// --- json-rules-engine: the same conditions as dynamic facts over the same raw facts -----------

function plusYears(d, n) {
  const y = Number(d.slice(0, 4)) + n;
  const md = d.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}-${md === '02-29' && !leap ? '02-28' : md}`;
}

function jreEngine(Engine) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addFact('yearsInRankReached', async (_p, a) => {
    const rank = await a.factValue('rank');
    const asOf = await a.factValue('asOf');
    return asOf >= plusYears(rank.since, 4);
  });
  engine.addFact('predikatTwoYears', async (_p, a) => {
    const perf = await a.factValue('performance');
    const y = Number((await a.factValue('asOf')).slice(0, 4));
    return [y - 2, y - 1].every((yy) => {
      const p = perf.find((x) => x.year === yy);
      return p !== undefined && RANK[p.predikat] >= RANK.baik;
    });
  });
  engine.addFact('runningSanctions', async (_p, a) => {
    const asOf = await a.factValue('asOf');
    return (await a.factValue('discipline')).filter((d) => d.from <= asOf && asOf <= d.to).length;
  });
  engine.addFact('withinEducationCap', async (_p, a) => {
    const rank = await a.factValue('rank');
    const i = GOLONGAN.indexOf(rank.golongan);
    const cap = CAP[await a.factValue('education')];
    return i + 1 < GOLONGAN.length && i + 1 <= GOLONGAN.indexOf(cap);
  });
  engine.addFact('ujianDinasOk', async (_p, a) => {
    const g = (await a.factValue('rank')).golongan;
    const step =
      g === 'I/d'
        ? ['II/a', 'ujian-dinas-tingkat-i']
        : g === 'II/d'
          ? ['III/a', 'ujian-dinas-tingkat-ii']
          : null;
    if (step === null) return true;
    if (GOLONGAN.indexOf(START[await a.factValue('education')]) >= GOLONGAN.indexOf(step[0])) return true;
    return (await a.factValue('exams')).includes(step[1]);
  });
  engine.addRule({
    name: RULE,
    conditions: {
      all: [
        { fact: 'yearsInRankReached', operator: 'equal', value: true },
        { fact: 'predikatTwoYears', operator: 'equal', value: true },
        { fact: 'runningSanctions', operator: 'equal', value: 0 },
        { fact: 'withinEducationCap', operator: 'equal', value: true },
        { fact: 'ujianDinasOk', operator: 'equal', value: true },
      ],
    },
    event: { type: 'eligible' },
  });
  return engine;
}

const r3 = (x) => Math.round(x * 1000) / 1000;

/** Runs both; returns the two rows for run.mjs's report (kinerja first). */
export async function runEligibility(kinerja, { n = ELIGIBILITY_CASE.n } = {}) {
  const pending = (name, api) => ({
    name,
    pack: RULE,
    api,
    status: 'pending',
    evaluations: 0,
    seconds: null,
    perSecond: null,
    ratioToReference: null,
    peakHeapMB: null,
  });
  if (typeof kinerja.evaluateEligibility !== 'function') {
    console.error('eligibility: evaluateEligibility is not exported by dist/index.js yet: pending');
    return [pending('eligibility', 'evaluateEligibility')];
  }
  let Engine;
  try {
    ({ Engine } = await import('json-rules-engine'));
  } catch {
    console.error('eligibility: json-rules-engine is not installed: reference pending');
  }
  const rule = kinerja.getPromotionRule(RULE);
  const employees = generateEmployees(ELIGIBILITY_SEED, n);
  const warm = generateEmployees(ELIGIBILITY_SEED + 1_000_003, Math.min(n, 20_000));
  for (const f of warm) kinerja.evaluateEligibility(rule, f, { asOf: AS_OF });
  const outcomes = new Uint8Array(n);
  let eligible = 0;
  let withEarliest = 0;
  let nodes = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const r = kinerja.evaluateEligibility(rule, employees[i], { asOf: AS_OF });
    if (!r.ok) {
      console.error(`eligibility: employee ${i} was rejected: ${kinerja.formatIssue(r.issues[0])}`);
      process.exit(1);
    }
    if (r.value.eligible) {
      eligible++;
      outcomes[i] = 1;
    }
    if (r.value.earliest !== null) withEarliest++;
    nodes += 1 + (r.value.tree.children?.length ?? 0);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const row = {
    name: 'eligibility',
    pack: RULE,
    api: 'evaluateEligibility',
    status: 'done',
    evaluations: n,
    seconds: r3(seconds),
    perSecond: Math.round(n / seconds),
    ratioToReference: null,
    peakHeapMB: null,
    outcome: { eligible, withEarliest, treeNodes: nodes },
  };
  console.error(
    `eligibility: kinerja ${n.toLocaleString('en')} employees in ${seconds.toFixed(3)} s (${eligible} eligible, ${withEarliest} with an earliest date)`,
  );
  if (Engine === undefined) return [row, pending('eligibility-json-rules-engine', 'json-rules-engine')];
  const engine = jreEngine(Engine);
  for (const f of warm) await engine.run({ ...f, asOf: AS_OF });
  let jreEligible = 0;
  let disagreements = 0;
  const t1 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const { events } = await engine.run({ ...employees[i], asOf: AS_OF });
    const ok = events.length > 0 ? 1 : 0;
    jreEligible += ok;
    if (ok !== outcomes[i]) disagreements++;
  }
  const jreSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
  const jrePerSecond = Math.round(n / jreSeconds);
  console.error(
    `eligibility: json-rules-engine ${n.toLocaleString('en')} employees in ${jreSeconds.toFixed(3)} s (${jreEligible} eligible; ${disagreements} disagreements)`,
  );
  row.outcome.timesJsonRulesEngine = Math.round((row.perSecond / jrePerSecond) * 10) / 10;
  row.outcome.disagreementsWithReference = disagreements;
  return [
    row,
    {
      name: 'eligibility-json-rules-engine',
      pack: RULE,
      api: 'json-rules-engine',
      status: 'done',
      evaluations: n,
      seconds: r3(jreSeconds),
      perSecond: jrePerSecond,
      ratioToReference: null,
      peakHeapMB: null,
      outcome: { eligible: jreEligible },
    },
  ];
}

// Run on its own: node bench/eligibility.mjs [--n <employees>]
if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--n');
  const kinerja = await import('../dist/index.js');
  const rows = await runEligibility(kinerja, { n: i > 0 ? Number(process.argv[i + 1]) : ELIGIBILITY_CASE.n });
  console.log(JSON.stringify(rows, null, 2));
}
