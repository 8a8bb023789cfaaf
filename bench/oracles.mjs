// The `oracles` bench case: kinerja's exact decimals and calendar dates against decimal.js and
// date-fns (the reference oracles of the property tests, dev dependencies), on the same seeded
// inputs, in the same process, one operation at a time, as the library's callers use them: strings
// in, strings out (decimal strings; YYYY-MM-DD dates), interleaved in blocks of 5,000 operations so
// that both sides see the same load.
//
// - decimals: add, multiply, divide (60 significant digits, half-even: what `divide` prints),
//   compare, round to 2 places half-up. decimal.js: `new Decimal(a).plus(b).toFixed()` and so on,
//   on a clone with precision 100 (the default 20 would round these sums and products), and one
//   with precision 60 / ROUND_HALF_EVEN for the division.
// - dates: addDays, addMonths, daysBetween, wholeMonthsBetween, wholeYearsBetween. date-fns:
//   parseISO, the same operation (addDays, addMonths, differenceInCalendarDays,
//   differenceInMonths, differenceInYears), formatISO(…, { representation: 'date' }) for a date.
//
// Every pair must agree on every input (checked untimed; a disagreement fails the run, except
// where the two are known to differ: differenceInMonths/Years at month ends, see
// src/date/arithmetic.test.ts; those are counted, not failed). The ratio `times` is the oracle's
// time over kinerja's, measured in the same run: above 1, kinerja is faster.
//
// run.mjs runs it as the case `oracles`; on its own:
//
//   node bench/oracles.mjs [--n <operations per function>]
//
// Reads ../dist (run `npm run build` first).

import { existsSync } from 'node:fs';
import { mulberry32 } from './generators.mjs';

export const ORACLES_SEED = 10_2026;

/** The case as run.mjs lists it (its own process). */
export const ORACLES_CASE = {
  id: 'oracles',
  group: 'oracles',
  pack: '—',
  api: 'decimal.js / date-fns',
  n: 200_000,
  weight: 0.2,
};

/** The decimal and date helpers: from kinerja/decimal and kinerja/date when built, else the root entry. */
async function helpers(kinerja) {
  const dist = new URL('../dist/', import.meta.url);
  const sub = async (name) =>
    existsSync(new URL(`${name}.js`, dist)) ? await import(new URL(`${name}.js`, dist).href) : {};
  return { ...kinerja, ...(await sub('decimal')), ...(await sub('date')) };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** Decimal strings as inputs carry them: scores, weights, rupiah amounts, small and large. */
function decimals(rng, n) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const kind = rng();
    const sign = rng() < 0.1 ? '-' : '';
    if (kind < 0.4) out[i] = `${sign}${Math.floor(rng() * 120)}.${pad(Math.floor(rng() * 100))}`;
    else if (kind < 0.7) out[i] = `${sign}${Math.floor(rng() * 1_000_000_000)}`;
    else if (kind < 0.9) out[i] = `${sign}0.${String(Math.floor(rng() * 1e6)).padStart(6, '0')}`;
    else out[i] = `${sign}${Math.floor(rng() * 1e9)}${Math.floor(rng() * 1e9)}.${Math.floor(rng() * 1e6)}`;
  }
  return out;
}

/** Non-zero decimals (divisors). */
function nonZero(rng, n) {
  return decimals(rng, n).map((d) => (/^-?0(\.0*)?$/.test(d) ? '1.5' : d));
}

/** Dates 1990–2030 (days 1–31 where the month has them, month ends included). */
function dates(rng, n) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const y = 1990 + Math.floor(rng() * 41);
    const m = 1 + Math.floor(rng() * 12);
    const len = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const d = rng() < 0.2 ? len : 1 + Math.floor(rng() * len);
    out[i] = `${y}-${pad(m)}-${pad(d)}`;
  }
  return out;
}

const amounts = (rng, n, max) => Array.from({ length: n }, () => Math.floor(rng() * (2 * max + 1)) - max);

const BLOCK = 5000;

/**
 * Times `fk` and `fo` over i < n after a warm-up of both, interleaved in blocks of 5,000 (which runs
 * first alternates), so that both see the same load on a shared machine; returns their seconds.
 * Results go to `ours` and `theirs` (kept live, compared afterwards).
 */
function timePair(fk, fo, n, ours, theirs) {
  for (let i = 0; i < Math.min(n, 20_000); i++) {
    ours[i] = fk(i);
    theirs[i] = fo(i);
  }
  let tk = 0n;
  let to = 0n;
  const block = (f, out, from, to_) => {
    const t0 = process.hrtime.bigint();
    for (let i = from; i < to_; i++) out[i] = f(i);
    return process.hrtime.bigint() - t0;
  };
  for (let from = 0, b = 0; from < n; from += BLOCK, b++) {
    const end = Math.min(n, from + BLOCK);
    if (b % 2 === 0) {
      tk += block(fk, ours, from, end);
      to += block(fo, theirs, from, end);
    } else {
      to += block(fo, theirs, from, end);
      tk += block(fk, ours, from, end);
    }
  }
  return [Number(tk) / 1e9, Number(to) / 1e9];
}

const r3 = (x) => Math.round(x * 1000) / 1000;
const r1 = (x) => Math.round(x * 10) / 10;

/** Runs every pair; returns run.mjs rows, one per operation (kinerja's figures, the oracle's in `oracle`). */
export async function runOracles(kinerja, { n = ORACLES_CASE.n } = {}) {
  const pending = (reason) => {
    console.error(`oracles: ${reason}: pending`);
    return [
      {
        name: 'oracles',
        pack: '—',
        api: 'decimal.js / date-fns',
        status: 'pending',
        evaluations: 0,
        seconds: null,
        perSecond: null,
        ratioToReference: null,
        peakHeapMB: null,
      },
    ];
  };
  let Decimal;
  let df;
  try {
    Decimal = (await import('decimal.js')).default;
    df = await import('date-fns');
  } catch {
    return pending('decimal.js or date-fns is not installed (dev dependencies)');
  }
  const k = await helpers(kinerja);
  // decimal.js rounds every result to its precision (20 significant digits by default): exact
  // sums and products of these inputs (up to 25 digits) need it raised, as a caller must.
  const DX = Decimal.clone({ precision: 100, toExpNeg: -1e9, toExpPos: 1e9 });
  const D60 = Decimal.clone({
    precision: 60,
    rounding: Decimal.ROUND_HALF_EVEN,
    toExpNeg: -1e9,
    toExpPos: 1e9,
  });
  const rng = mulberry32(ORACLES_SEED);
  const a = decimals(rng, n);
  const b = decimals(rng, n);
  const q = nonZero(rng, n);
  const d1 = dates(rng, n);
  const d2 = dates(rng, n);
  const days = amounts(rng, n, 400);
  const months = amounts(rng, n, 40);
  const isoOut = (date) => df.formatISO(date, { representation: 'date' });
  const cmpSign = (x) => Math.sign(x);

  // [name, kinerja, oracle, agree(kinerja result, oracle result), known-difference note]
  const pairs = [
    ['add', (i) => k.add(a[i], b[i]), (i) => new DX(a[i]).plus(b[i]).toFixed(), 'decimal.js'],
    ['multiply', (i) => k.multiply(a[i], b[i]), (i) => new DX(a[i]).times(b[i]).toFixed(), 'decimal.js'],
    ['divide', (i) => k.divide(a[i], q[i]), (i) => new D60(a[i]).div(q[i]).toFixed(), 'decimal.js'],
    ['compare', (i) => k.compare(a[i], b[i]), (i) => new DX(a[i]).cmp(b[i]), 'decimal.js'],
    [
      'round',
      (i) => k.round(a[i], 2, 'half-up'),
      (i) => new DX(a[i]).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
      'decimal.js',
    ],
    [
      'addDays',
      (i) => k.addDays(d1[i], days[i]),
      (i) => isoOut(df.addDays(df.parseISO(d1[i]), days[i])),
      'date-fns',
    ],
    [
      'addMonths',
      (i) => k.addMonths(d1[i], months[i]),
      (i) => isoOut(df.addMonths(df.parseISO(d1[i]), months[i])),
      'date-fns',
    ],
    [
      'daysBetween',
      (i) => k.daysBetween(d1[i], d2[i]),
      (i) => df.differenceInCalendarDays(df.parseISO(d2[i]), df.parseISO(d1[i])),
      'date-fns',
    ],
    [
      'wholeMonthsBetween',
      (i) => k.wholeMonthsBetween(d1[i], d2[i]),
      (i) => df.differenceInMonths(df.parseISO(d2[i]), df.parseISO(d1[i])),
      'date-fns',
    ],
    [
      'wholeYearsBetween',
      (i) => k.wholeYearsBetween(d1[i], d2[i]),
      (i) => df.differenceInYears(df.parseISO(d2[i]), df.parseISO(d1[i])),
      'date-fns',
    ],
  ];
  // Where the two are known to differ (date-fns counts months and years between month ends
  // inconsistently; src/date/arithmetic.test.ts shows it), differences are counted, not failed.
  const known = new Set(['wholeMonthsBetween', 'wholeYearsBetween']);

  const rows = [];
  const ours = new Array(n);
  const theirs = new Array(n);
  for (const [name, fk, fo, library] of pairs) {
    if (typeof k[name] !== 'function') {
      rows.push(...pending(`${name} is not exported by dist yet`));
      continue;
    }
    const [tOurs, tOracle] = timePair(fk, fo, n, ours, theirs);
    let differences = 0;
    for (let i = 0; i < n; i++) {
      const x = name === 'compare' ? cmpSign(ours[i]) : ours[i];
      const y = name === 'compare' ? cmpSign(theirs[i]) : theirs[i];
      if (x === y) continue;
      // kinerja keeps the scale written ("1.50" + "1" = "2.50"), decimal.js prints the shortest form.
      if (library === 'decimal.js' && typeof x === 'string' && new Decimal(x).eq(y)) continue;
      if (known.has(name)) {
        differences++;
        continue;
      }
      console.error(`oracles: ${name} disagrees with ${library} on input ${i}: ${x} vs ${y}`);
      process.exit(1);
    }
    const times = r1(tOracle / tOurs);
    console.error(
      `oracles: ${name}: kinerja ${Math.round(n / tOurs).toLocaleString('en')}/s, ${library} ${Math.round(n / tOracle).toLocaleString('en')}/s (${times} ×)${differences ? `; ${differences} known differences` : ''}`,
    );
    rows.push({
      name: `oracle-${name}`,
      pack: '—',
      api: name,
      status: 'done',
      evaluations: n,
      seconds: r3(tOurs),
      perSecond: Math.round(n / tOurs),
      ratioToReference: null,
      peakHeapMB: null,
      oracle: {
        library,
        seconds: r3(tOracle),
        perSecond: Math.round(n / tOracle),
        times,
        ...(known.has(name) ? { knownDifferences: differences } : {}),
      },
    });
  }
  return rows;
}

// Run on its own: node bench/oracles.mjs [--n <operations>]
if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--n');
  const kinerja = await import('../dist/index.js');
  const rows = await runOracles(kinerja, { n: i > 0 ? Number(process.argv[i + 1]) : ORACLES_CASE.n });
  console.log(JSON.stringify(rows, null, 2));
}
