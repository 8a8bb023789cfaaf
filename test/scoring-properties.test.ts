/**
 * Properties of the scoring engine over generated valid inputs for every built-in pack and for a
 * test ruleset with the generic kinds (issue 3, "Tests"): no NaN/Infinity, monotone in the
 * realisation, independent of indicator order, weight scaling rejected or invariant as the ruleset
 * says, JSON round-trip, determinism, the PP 30 cap, predikat from the ruleset, and agreement with
 * an independent implementation of the PP 46/2011 formulas (docs/regulations.md).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, divide, equals, multiply, subtract, sum, toFixedScale } from '../src/decimal/index';
import {
  type CompiledRuleset,
  compileRuleset,
  type EvaluationResult,
  getPack,
  type PackId,
  scoreEvaluation,
  unwrap,
} from '../src/index';
import {
  decimalArb,
  genericInputArb,
  type Pp46Input,
  permenInputArb,
  pp30InputArb,
  pp46InputArb,
  RATING_CODES as RATING_CODE_LIST,
  text,
} from './support/arbitraries';
import { genericRuleset } from './support/rulesets';

const RUNS = { numRuns: 100 };

const pp46 = unwrap(compileRuleset('pp46-2011'));
const pp30 = unwrap(compileRuleset('pp30-2019'));
const pp30x = unwrap(compileRuleset('pp30-2019-360'));
const permen = unwrap(compileRuleset('permenpanrb-6-2022'));
const generic = unwrap(compileRuleset(genericRuleset()));

/** The result, or a failure that shows the issues (a valid input must score). */
function scored(c: CompiledRuleset, input: unknown): EvaluationResult {
  const r = scoreEvaluation(c, input);
  if (!r.ok)
    throw new Error(`valid input rejected: ${JSON.stringify(r.issues.map((i) => [i.code, i.path]))}`);
  return r.value;
}

const RATING_CODES = new Set<string>(RATING_CODE_LIST);

/** Every decimal the result carries. */
function decimalsOf(r: EvaluationResult): string[] {
  const out: string[] = [];
  const push = (x: string | null | undefined) => {
    if (typeof x === 'string') out.push(x);
  };
  push(r.score);
  for (const c of Object.values(r.components)) {
    push(c.score);
    push(c.mean);
  }
  for (const i of Object.values(r.indicators)) {
    push(i.score);
    push(i.capaian);
    push(i.weight);
    for (const a of Object.values(i.aspects ?? {})) push(a);
  }
  for (const x of Object.values(r.ratings)) {
    if (!RATING_CODES.has(x.value)) push(x.value);
    if (!RATING_CODES.has(x.computed)) push(x.computed);
  }
  for (const t of r.followUp.trainingNeeds) push(t.score);
  return out;
}

/** What must not change when only the order of the indicators does. */
const essence = (r: EvaluationResult) => ({
  score: r.score,
  predikat: r.predikat,
  components: r.components,
  indicators: r.indicators,
  ratings: r.ratings,
  needsDialogue: r.needsDialogue,
  actions: r.followUp.actions,
});

const regimes: Array<{ name: string; c: CompiledRuleset; arb: fc.Arbitrary<unknown> }> = [
  { name: 'pp46-2011', c: pp46, arb: pp46InputArb(fc) },
  { name: 'pp30-2019', c: pp30, arb: pp30InputArb(fc) },
  { name: 'pp30-2019-360', c: pp30x, arb: pp30InputArb(fc) },
  { name: 'permenpanrb-6-2022', c: permen, arb: permenInputArb(fc) },
  { name: 'generic kinds (test ruleset)', c: generic, arb: genericInputArb(fc) },
];

describe.each(regimes)('$name: every valid input', ({ c, arb }) => {
  it('scores, with no NaN, Infinity or undefined, and every decimal in plain notation', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const r = scored(c, input);
        const json = JSON.stringify(r);
        expect(json).not.toMatch(/NaN|Infinity|undefined/);
        for (const d of decimalsOf(r)) expect(d).toMatch(/^-?\d+(\.\d+)?$/);
      }),
      RUNS,
    );
  });

  it('round-trips through JSON without loss', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const r = scored(c, input);
        expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
      }),
      RUNS,
    );
  });

  it('is deterministic: the same input twice, and under a second compilation', () => {
    const again =
      c.id === 'test-kinds'
        ? unwrap(compileRuleset(genericRuleset()))
        : unwrap(compileRuleset(structuredClone(getPack(c.id as PackId)))); // a copy: getPack's own ruleset is the compiled pack
    expect(again).not.toBe(c);
    fc.assert(
      fc.property(arb, (input) => {
        const a = scoreEvaluation(c, input);
        expect(scoreEvaluation(c, input)).toStrictEqual(a);
        expect(scoreEvaluation(again, input)).toStrictEqual(a);
      }),
      RUNS,
    );
  });

  it('gives a predikat of the ruleset', () => {
    const codes = c.ruleset.predikat.map((p) => p.code);
    fc.assert(
      fc.property(arb, (input) => {
        expect(codes).toContain(scored(c, input).predikat);
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the indicators', () => {
    const withOrder = arb.chain((input) => {
      const n = (input as { indicators: unknown[] }).indicators.length;
      const idx = Array.from({ length: n }, (_, i) => i);
      return fc.tuple(fc.constant(input), fc.shuffledSubarray(idx, { minLength: n, maxLength: n }));
    });
    fc.assert(
      fc.property(withOrder, ([input, order]) => {
        const src = input as { indicators: unknown[] };
        const shuffled = { ...src, indicators: order.map((i) => src.indicators[i]) };
        expect(essence(scored(c, shuffled))).toStrictEqual(essence(scored(c, input)));
      }),
      RUNS,
    );
  });
});

describe('scores stay where the regime puts them', () => {
  it.each([
    ['pp30-2019', pp30],
    ['pp30-2019-360', pp30x],
  ])('%s: the final score and every component are at most 120', (_, c) => {
    fc.assert(
      fc.property(pp30InputArb(fc), (input) => {
        const r = scored(c, input);
        expect(compare(r.score ?? '0', '120')).toBeLessThanOrEqual(0);
        for (const comp of Object.values(r.components))
          expect(compare(comp.score ?? '0', '120')).toBeLessThanOrEqual(0);
        for (const i of Object.values(r.indicators))
          expect(compare(i.score ?? '0', '120')).toBeLessThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('pp30-2019: sangat-baik only with the innovation flag', () => {
    fc.assert(
      fc.property(pp30InputArb(fc), (input) => {
        const r = scored(pp30, input);
        if (r.predikat === 'sangat-baik') expect(input.flags?.innovation).toBe(true);
      }),
      RUNS,
    );
  });

  it('permenpanrb-6-2022: the score is null and the predikat is the matrix cell of the component ratings', () => {
    const cells = permen.ruleset.final.method === 'matrix' ? permen.ruleset.final.cells : {};
    fc.assert(
      fc.property(permenInputArb(fc), (input) => {
        const r = scored(permen, input);
        expect(r.score).toBeNull();
        const row = r.components['hasil-kerja']?.rating ?? '';
        const col = r.components.perilaku?.rating ?? '';
        expect(r.predikat).toBe(cells[row]?.[col]);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Monotonicity

const delta = decimalArb(fc, { min: 0, max: 50, scale: 2, as: 'string' });

describe('a better realisation never lowers a score', () => {
  it('pp46 kuantitas and kualitas: a higher realisation never lowers the activity, SKP or final score', () => {
    const arb = pp46InputArb(fc).chain((input) =>
      fc.record({
        input: fc.constant(input),
        at: fc.integer({ min: 0, max: input.indicators.length - 1 }),
        aspect: fc.constantFrom('kuantitas' as const, 'kualitas' as const),
        delta,
      }),
    );
    fc.assert(
      fc.property(arb, ({ input, at, aspect, delta: d }) => {
        const before = scored(pp46, input);
        const indicators = input.indicators.map((a, i) =>
          i === at ? { ...a, [aspect]: { ...a[aspect], realisasi: add(a[aspect].realisasi, d) } } : a,
        );
        const after = scored(pp46, { ...input, indicators });
        const id = `k${at + 1}`;
        expect(
          compare(after.indicators[id]?.score ?? '', before.indicators[id]?.score ?? ''),
        ).toBeGreaterThanOrEqual(0);
        expect(
          compare(after.components.skp?.score ?? '', before.components.skp?.score ?? ''),
        ).toBeGreaterThanOrEqual(0);
        expect(compare(after.score ?? '', before.score ?? '')).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it.each([
    ['pp30-2019', pp30],
    ['pp30-2019-360', pp30x],
  ])(
    '%s IKI: higher (higher-is-better) or lower (lower-is-better) realisation never lowers the score',
    (_, c) => {
      const arb = pp30InputArb(fc).chain((input) =>
        fc.record({
          input: fc.constant(input),
          at: fc.integer({ min: 0, max: input.indicators.length - 1 }),
          delta,
        }),
      );
      fc.assert(
        fc.property(arb, ({ input, at, delta: d }) => {
          const before = scored(c, input);
          const ind = input.indicators[at];
          if (!ind) return;
          const better =
            ind.direction === 'higher-is-better'
              ? add(ind.realisasi, d)
              : compare(ind.realisasi, d) >= 0
                ? subtract(ind.realisasi, d)
                : '0';
          const indicators = input.indicators.map((x, i) => (i === at ? { ...x, realisasi: better } : x));
          const after = scored(c, { ...input, indicators });
          const id = ind.id;
          expect(
            compare(after.indicators[id]?.score ?? '', before.indicators[id]?.score ?? ''),
          ).toBeGreaterThanOrEqual(0);
          expect(
            compare(after.indicators[id]?.capaian ?? '', before.indicators[id]?.capaian ?? ''),
          ).toBeGreaterThanOrEqual(0);
          expect(compare(after.score ?? '', before.score ?? '')).toBeGreaterThanOrEqual(0);
        }),
        RUNS,
      );
    },
  );

  it('generic kinds: ratio, scale and tables rise with the realisation; inverse ratios fall with it', () => {
    const higher = new Set(['rasio', 'rasio-batas', 'skala', 'tabel', 'tabel-capaian']);
    const lower = new Set(['rasio-terbalik', 'capaian-terbalik']);
    const arb = genericInputArb(fc).chain((input) =>
      fc.record({
        input: fc.constant(input),
        at: fc.integer({ min: 0, max: input.indicators.length - 1 }),
        delta,
      }),
    );
    fc.assert(
      fc.property(arb, ({ input, at, delta: d }) => {
        const ind = input.indicators[at];
        if (!ind || typeof ind.realisasi === 'boolean') return;
        const r = ind.realisasi as number | string;
        let better: string;
        if (higher.has(ind.kind)) better = add(r, d);
        else if (lower.has(ind.kind)) better = compare(r, add(d, '0.01')) > 0 ? subtract(r, d) : text(r);
        else return;
        if (ind.kind === 'skala' && compare(better, '5') > 0) better = '5';
        const before = scored(generic, input);
        const indicators = input.indicators.map((x, i) => (i === at ? { ...x, realisasi: better } : x));
        const after = scored(generic, { ...input, indicators });
        expect(
          compare(after.indicators[ind.id]?.score ?? '', before.indicators[ind.id]?.score ?? ''),
        ).toBeGreaterThanOrEqual(0);
        expect(compare(after.score ?? '', before.score ?? '')).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('yes-no: yes never scores below no', () => {
    fc.assert(
      fc.property(genericInputArb(fc), fc.constantFrom('ya-tidak', 'ya-tidak-40'), (input, kind) => {
        const withKind = (realisasi: boolean) => ({
          ...input,
          indicators: [...input.indicators, { id: 'yn', kind, realisasi, weight: 10 }],
        });
        const yes = scored(generic, withKind(true));
        const no = scored(generic, withKind(false));
        expect(compare(yes.indicators.yn?.score ?? '', no.indicators.yn?.score ?? '')).toBeGreaterThan(0);
        expect(compare(yes.score ?? '', no.score ?? '')).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Weights

const factor = fc.constantFrom('2', '3', '10', '0.5', '0.25', '1.5', '7');

describe('scaling every weight of a component by the same factor', () => {
  it('pp30-2019 (weights must sum to exactly 100): is rejected with scoring.weights-sum', () => {
    fc.assert(
      fc.property(pp30InputArb(fc), factor, (input, k) => {
        const indicators = input.indicators.map((i) => ({ ...i, weight: multiply(i.weight, k) }));
        const r = scoreEvaluation(pp30, { ...input, indicators });
        expect(r.ok).toBe(false);
        if (!r.ok) {
          const hit = r.issues.find((i) => i.code === 'scoring.weights-sum');
          expect(hit?.path).toEqual(['indicators']);
          expect(hit?.params?.sum !== undefined && equals(String(hit.params.sum), multiply('100', k))).toBe(
            true,
          );
        }
      }),
      RUNS,
    );
  });

  it('pp30-2019: weights that sum to 100 in any notation are accepted ("33.33" + "33.33" + "33.34")', () => {
    const r = scoreEvaluation(pp30, {
      indicators: ['33.33', '33.33', '33.34'].map((weight, i) => ({
        id: `i${i}`,
        kind: 'iki',
        direction: 'higher-is-better',
        target: 10,
        realisasi: 10,
        weight,
      })),
      ratings: {
        'orientasi-pelayanan': 100,
        komitmen: 100,
        'inisiatif-kerja': 100,
        'kerja-sama': 100,
        kepemimpinan: 100,
      },
    });
    expect(r.ok).toBe(true);
  });

  it('a ruleset with normalize: true: leaves the result unchanged', () => {
    fc.assert(
      fc.property(genericInputArb(fc), factor, (input, k) => {
        const indicators = input.indicators.map((i) => ({ ...i, weight: multiply(i.weight, k) }));
        const a = scored(generic, input);
        const b = scored(generic, { ...input, indicators });
        const noWeights = (r: EvaluationResult) =>
          Object.fromEntries(Object.entries(r.indicators).map(([id, { weight: _w, ...rest }]) => [id, rest]));
        expect(b.score).toBe(a.score);
        expect(b.predikat).toBe(a.predikat);
        expect(b.components).toStrictEqual(a.components);
        expect(noWeights(b)).toStrictEqual(noWeights(a));
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// An independent implementation of PP 46/2011 (docs/regulations.md), in string decimals.

const r2 = (x: string) => toFixedScale(x, 2, 'half-up');

function aspectScore(name: string, t: string, r: string): string {
  if (name === 'kuantitas' || name === 'kualitas') return divide(multiply(r, '100'), t);
  const e = subtract('100', divide(multiply(r, '100'), t));
  const s = multiply(divide(subtract(multiply('1.76', t), r), t), '100');
  return compare(e, '24') <= 0 ? s : subtract('76', subtract(s, '100'));
}

function pp46Reference(input: Pp46Input): {
  skp: string;
  perilaku: string;
  final: string;
  activities: string[];
} {
  const activities = input.indicators.map((a) => {
    const notDone = equals(a.kuantitas.realisasi, '0');
    const aspects = (['kuantitas', 'kualitas', 'waktu', 'biaya'] as const).flatMap((name) => {
      const tr = a[name];
      if (!tr) return [];
      return [notDone ? '0.00' : r2(aspectScore(name, text(tr.target), text(tr.realisasi)))];
    });
    return r2(divide(sum(aspects), String(aspects.length)));
  });
  const tugas = input.extras?.tugasTambahan ?? 0;
  const tugasPoints = tugas >= 7 ? '3' : tugas >= 4 ? '2' : tugas >= 1 ? '1' : '0';
  const kreativitas = input.extras?.kreativitas;
  const kreativitasPoints =
    kreativitas === 'nasional'
      ? '12'
      : kreativitas === 'instansi'
        ? '6'
        : kreativitas === 'unit-kerja'
          ? '3'
          : '0';
  // the mean to 20 decimals (a repeating decimal cannot sit within 1e-20 of a rounding tie)
  const meanOfActivities = toFixedScale(divide(sum(activities), String(activities.length)), 20, 'half-up');
  const skp = r2(add(add(meanOfActivities, tugasPoints), kreativitasPoints));
  const items = Object.values(input.ratings).map((v) =>
    typeof v === 'object' ? text(v.supervisor ?? '0') : text(v),
  );
  const perilaku = r2(divide(sum(items), String(items.length)));
  const final = r2(add(multiply(skp, '0.6'), multiply(perilaku, '0.4')));
  return { skp, perilaku, final, activities };
}

function pp46Band(x: string): string {
  if (compare(x, '91') >= 0) return 'sangat-baik';
  if (compare(x, '76') >= 0) return 'baik';
  if (compare(x, '61') >= 0) return 'cukup';
  if (compare(x, '51') >= 0) return 'kurang';
  return 'buruk';
}

describe('pp46-2011 agrees with an independent implementation of docs/regulations.md', () => {
  it('activities, SKP (with bonuses), perilaku, final score and band', () => {
    fc.assert(
      fc.property(pp46InputArb(fc), (input) => {
        const r = scored(pp46, input);
        const ref = pp46Reference(input);
        input.indicators.forEach((a, i) => {
          expect(r.indicators[a.id]?.score).toBe(ref.activities[i]);
        });
        expect(r.components.skp?.score).toBe(ref.skp);
        expect(r.components.perilaku?.score).toBe(ref.perilaku);
        expect(r.score).toBe(ref.final);
        expect(r.predikat).toBe(pp46Band(ref.final));
      }),
      { numRuns: 200 },
    );
  });
});
