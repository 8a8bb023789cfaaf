import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTree } from '../explain/index';
import { getPack } from '../ruleset/index';
import { checkDistribution } from './check-distribution';
import type { DistributionPolicy, DistributionReport, UnitPeople } from './types';

const pack = getPack('permenpanrb-6-2022');

function check(unit: string, people: UnitPeople, source: Parameters<typeof checkDistribution>[0] = pack) {
  const r = checkDistribution(source, unit, people);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** The result of the `distribution` case kind (docs/distribution.md). */
const contract = (r: DistributionReport) => ({
  ok: r.ok,
  feasible: r.feasible,
  violations: r.violations,
  moves: r.moves,
});

describe('checkDistribution: the curves of PermenPANRB 6/2022', () => {
  it('the shared cases: too many baik in a baik unit; an istimewa unit at its limit', () => {
    expect(contract(check('baik', { 'sangat-baik': 1, baik: 8, 'butuh-perbaikan': 1 }))).toEqual({
      ok: false,
      feasible: true,
      violations: ['baik-max-70'],
      moves: 1,
    });
    expect(contract(check('istimewa', { 'sangat-baik': 7, baik: 3 }))).toEqual({
      ok: true,
      feasible: true,
      violations: [],
      moves: 0,
    });
  });

  it('exact limits: 7 of 10 sangat baik is allowed under istimewa, 8 is not', () => {
    const r = check('istimewa', { 'sangat-baik': 8, baik: 2 });
    expect(contract(r)).toEqual({ ok: false, feasible: true, violations: ['sangat-baik-max-70'], moves: 1 });
    expect(r.constraints).toEqual([
      {
        id: 'sangat-baik-max-70',
        predikat: ['sangat-baik'],
        bound: 'max',
        percent: '70',
        count: null,
        limit: 7,
        actual: 8,
        ok: false,
      },
    ]);
  });

  it('limits round down for "at most" and up for "at least": n = 7 under baik allows ⌊4.9⌋ = 4 baik', () => {
    const over = check('baik', { baik: 5, 'butuh-perbaikan': 2 });
    expect(over.constraints[0]?.limit).toBe(4);
    expect(contract(over)).toEqual({ ok: false, feasible: true, violations: ['baik-max-70'], moves: 1 });
    expect(check('baik', { 'sangat-baik': 2, baik: 4, kurang: 1 }).ok).toBe(true);
    // n = 7 under kurang: at least ⌈4.2⌉ = 5 kurang, ⌈0.7⌉ = 1 butuh perbaikan, at most ⌊0.7⌋ = 0 sangat baik.
    expect(
      check('kurang', { kurang: 5, 'butuh-perbaikan': 1, baik: 1 }).constraints.map((c) => c.limit),
    ).toEqual([5, 1, 0]);
  });

  it('several violations at once, with hand-computed fewest moves', () => {
    // sangat-kurang, n = 10: ≥ 6 sangat kurang, ≥ 1 kurang or butuh perbaikan, no sangat baik.
    // The two sangat baik must leave; sending one to sangat kurang and one to kurang fixes all three.
    expect(contract(check('sangat-kurang', { 'sangat-baik': 2, baik: 3, 'sangat-kurang': 5 }))).toEqual({
      ok: false,
      feasible: true,
      violations: ['sangat-kurang-min-60', 'kurang-or-butuh-perbaikan-min-10', 'sangat-baik-max-0'],
      moves: 2,
    });
    // kurang, n = 10, five sangat baik and five baik: 6 kurang and 1 butuh perbaikan must come from
    // somewhere (7 moves), and 4 sangat baik must leave anyway: 7.
    expect(contract(check('kurang', { 'sangat-baik': 5, baik: 5 }))).toEqual({
      ok: false,
      feasible: true,
      violations: ['kurang-min-60', 'butuh-perbaikan-min-10', 'sangat-baik-max-10'],
      moves: 7,
    });
    // butuh-perbaikan, n = 10, 3 sangat baik and 7 baik: 6 butuh perbaikan needed (6 moves), and
    // two of the sangat baik can be among them.
    expect(contract(check('butuh-perbaikan', { 'sangat-baik': 3, baik: 7 }))).toEqual({
      ok: false,
      feasible: true,
      violations: ['butuh-perbaikan-min-60', 'sangat-baik-max-10'],
      moves: 6,
    });
    // baik, everyone baik: 3 must leave, one of them to butuh perbaikan or kurang.
    expect(contract(check('baik', { baik: 10 }))).toEqual({
      ok: false,
      feasible: true,
      violations: ['baik-max-70', 'butuh-perbaikan-or-kurang-min-1'],
      moves: 3,
    });
  });

  it('units too small for their curve are infeasible, not in violation', () => {
    const one = check('kurang', { kurang: 1 });
    expect(contract(one)).toEqual({ ok: false, feasible: false, violations: [], moves: null });
    // The constraint that cannot be met alongside the others still shows as not met.
    expect(one.constraints.map((c) => [c.id, c.limit, c.actual, c.ok])).toEqual([
      ['kurang-min-60', 1, 1, true],
      ['butuh-perbaikan-min-10', 1, 0, false],
      ['sangat-baik-max-10', 0, 0, true],
    ]);
    expect(check('kurang', { kurang: 2 }).feasible).toBe(false); // ⌈1.2⌉ = 2 kurang and 1 butuh perbaikan
    expect(contract(check('kurang', { kurang: 3 }))).toEqual({
      ok: false,
      feasible: true,
      violations: ['butuh-perbaikan-min-10'],
      moves: 1,
    });
    expect(check('sangat-kurang', { 'sangat-kurang': 1 }).feasible).toBe(false);
    expect(contract(check('baik', {}))).toEqual({ ok: false, feasible: false, violations: [], moves: null });
    // An empty unit needs nothing under the other curves.
    expect(contract(check('istimewa', {}))).toEqual({ ok: true, feasible: true, violations: [], moves: 0 });
    expect(check('butuh-perbaikan', {}).ok).toBe(true);
  });

  it('reports every predikat of the regime, best first, zeros included', () => {
    const r = check('istimewa', { baik: 2 });
    expect(Object.entries(r.counts)).toEqual([
      ['sangat-baik', 0],
      ['baik', 2],
      ['butuh-perbaikan', 0],
      ['kurang', 0],
      ['sangat-kurang', 0],
    ]);
    expect(r.n).toBe(2);
  });

  it('takes a list of employees as well as counts', () => {
    const list = [
      { id: 'a', predikat: 'baik' },
      { id: 'b', predikat: 'baik' },
      { id: 'c', predikat: 'sangat-baik' },
    ];
    expect(check('baik', list)).toEqual(check('baik', { baik: 2, 'sangat-baik': 1 }));
  });

  it('does not block finalisation: the pack leaves its binding force open', () => {
    const r = check('baik', { baik: 10 });
    expect(r.blocksFinalisation).toBe(false);
    expect(r.advisory).toBe(false);
  });

  it('is plain JSON data with a readable explanation', () => {
    const r = check('baik', { 'sangat-baik': 1, baik: 8, 'butuh-perbaikan': 1 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(renderTree(r.explanation, { locale: 'en' })).toEqual([
      'Employee predikat in a unit rated baik (10 employees): does not fit its curve; at least 1 employee must change predikat',
      '├─ baik-max-70: baik = 8, at most 7 (70%) → not met',
      '└─ butuh-perbaikan-or-kurang-min-1: butuh-perbaikan + kurang = 1, at least 1 → met',
    ]);
    expect(renderTree(check('kurang', { kurang: 1 }).explanation, { locale: 'id' })[0]).toBe(
      'Sebaran predikat pegawai pada unit berpredikat kurang (1 pegawai): unit terlalu kecil untuk kurvanya (tidak ada sebaran yang memenuhi semua batasan)',
    );
  });
});

describe('checkDistribution: invalid input', () => {
  const codes = (r: ReturnType<typeof checkDistribution>) =>
    r.ok ? [] : r.issues.map((i) => [i.code, i.path]);

  it('an unknown unit predikat', () => {
    expect(codes(checkDistribution(pack, 'luar-biasa', { baik: 1 }))).toEqual([
      ['organisation.unknown-unit-predikat', ['unitPredikat']],
    ]);
    // Not a key of Object.prototype either.
    expect(codes(checkDistribution(pack, 'toString', { baik: 1 }))).toEqual([
      ['organisation.unknown-unit-predikat', ['unitPredikat']],
    ]);
  });

  it('a ruleset without curves', () => {
    expect(codes(checkDistribution(getPack('pp46-2011'), 'baik', { baik: 1 }))).toEqual([
      ['organisation.no-curves', ['distribution']],
    ]);
  });

  it('unknown predikat, negative, fractional or non-numeric counts', () => {
    expect(
      codes(
        checkDistribution(pack, 'baik', {
          cukup: 1,
          baik: -1,
          kurang: 1.5,
          'sangat-baik': '2' as unknown as number,
        }),
      ),
    ).toEqual([
      ['organisation.unknown-predikat', ['people', 'cukup']],
      ['input.invalid-type', ['people', 'baik']],
      ['input.invalid-type', ['people', 'kurang']],
      ['input.invalid-type', ['people', 'sangat-baik']],
    ]);
    expect(codes(checkDistribution(pack, 'baik', { toString: 1 }))).toEqual([
      ['organisation.unknown-predikat', ['people', 'toString']],
    ]);
  });

  it('a list with an employee twice, an unknown or missing predikat', () => {
    const list = [
      { id: 'a', predikat: 'baik' },
      { id: 'a', predikat: 'baik' },
      { id: 'b', predikat: 'cukup' },
      { id: 'c' } as unknown as { id: string; predikat: string },
    ];
    expect(codes(checkDistribution(pack, 'baik', list))).toEqual([
      ['organisation.duplicate-employee', ['people', 1, 'id']],
      ['organisation.unknown-predikat', ['people', 2, 'predikat']],
      ['input.required', ['people', 3, 'predikat']],
    ]);
  });

  it('a total beyond the safe integers', () => {
    const big = Number.MAX_SAFE_INTEGER;
    expect(codes(checkDistribution(pack, 'baik', { baik: big, kurang: big }))).toEqual([
      ['input.too-big', ['people', 'kurang']],
    ]);
  });
});

describe('checkDistribution: a policy of your own', () => {
  const policy: DistributionPolicy = {
    predikat: ['a', 'b', 'c'],
    curves: {
      tight: [
        { id: 'a-max-third', predikat: ['a'], bound: 'max', percent: '33.5' },
        { id: 'c-min-one', predikat: ['c'], bound: 'min', count: 1 },
        // Both: at most 50%, and at most 2 people, whichever is fewer.
        { id: 'b-max', predikat: ['b'], bound: 'max', percent: 50, count: 2 },
      ],
    },
    minimumUnitSize: 5,
    blocksFinalisation: true,
  };

  it('limits exactly from decimal shares and counts (the stricter of both)', () => {
    const r = check('tight', { a: 3, b: 3, c: 1 }, policy);
    // ⌊33.5 × 7 / 100⌋ = ⌊2.345⌋ = 2; b: min(⌊3.5⌋, 2) = 2; c: 1.
    expect(r.constraints.map((c) => c.limit)).toEqual([2, 1, 2]);
    expect(r.violations).toEqual(['a-max-third', 'b-max']);
    expect(r.moves).toBe(2);
    expect(r.blocksFinalisation).toBe(true);
    expect(r.advisory).toBe(false);
  });

  it('below the minimum unit size the report is advice: it never blocks', () => {
    const r = check('tight', { a: 3, c: 1 }, policy);
    expect(r.advisory).toBe(true);
    expect(r.violations).toEqual(['a-max-third']);
    expect(r.blocksFinalisation).toBe(false);
  });

  it('an infeasible unit never blocks', () => {
    // Everyone together at most half the unit: no unit of one or more can comply.
    const capped: DistributionPolicy = {
      ...policy,
      minimumUnitSize: 0,
      curves: { tight: [{ id: 'all-max-half', predikat: ['a', 'b', 'c'], bound: 'max', percent: 50 }] },
    };
    const x = check('tight', { a: 2 }, capped);
    expect([x.feasible, x.ok, x.violations, x.moves, x.blocksFinalisation]).toEqual([
      false,
      false,
      [],
      null,
      false,
    ]);
  });

  it('counting by the policy: ceil for "at most", floor for "at least"', () => {
    const generous: DistributionPolicy = {
      curves: {
        u: [
          { id: 'sb-max-70', predikat: ['sangat-baik'], bound: 'max', percent: 70 },
          { id: 'bp-min-10', predikat: ['butuh-perbaikan'], bound: 'min', percent: 10 },
        ],
      },
      counting: { max: 'ceil', min: 'floor' },
    };
    const r = check('u', { 'sangat-baik': 5, baik: 2 }, generous);
    expect(r.constraints.map((c) => c.limit)).toEqual([5, 0]); // ⌈4.9⌉, ⌊0.7⌋
    expect(r.ok).toBe(true);
  });

  it('limits are exactly ⌊p·n/100⌋ and ⌈p·n/100⌉ (checked with BigInt integer division)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (milli, n) => {
          // p = milli / 1000, written as a decimal string with three places.
          const percent = `${(milli - (milli % 1000)) / 1000}.${String(milli % 1000).padStart(3, '0')}`;
          const policy: DistributionPolicy = {
            curves: {
              u: [
                { id: 'max', predikat: ['baik'], bound: 'max', percent },
                { id: 'min', predikat: ['baik'], bound: 'min', percent },
              ],
            },
          };
          const r = check('u', { baik: n }, policy);
          const num = BigInt(milli) * BigInt(n);
          const den = 100_000n;
          const floor = num / den;
          const ceil = (num + den - 1n) / den;
          expect(r.constraints.map((c) => BigInt(c.limit))).toEqual([floor, ceil]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('shares beyond 0–100 are exact too, and shares beyond the safe integers are clamped', () => {
    const odd: DistributionPolicy = {
      curves: {
        u: [
          { id: 'over', predikat: ['baik'], bound: 'max', percent: '150' },
          { id: 'huge', predikat: ['baik'], bound: 'max', percent: '1000000000000000000000000' },
          { id: 'negative', predikat: ['kurang'], bound: 'min', percent: '-5' },
        ],
      },
    };
    const r = check('u', { baik: 10 }, odd);
    expect(r.constraints.map((c) => c.limit)).toEqual([15, Number.MAX_SAFE_INTEGER, 0]);
    expect(r.ok).toBe(true);
    const never = check(
      'u',
      { baik: 1 },
      {
        curves: {
          u: [{ id: 'all', predikat: ['baik'], bound: 'min', percent: '1000000000000000000000000' }],
        },
      },
    );
    expect([never.feasible, never.moves]).toEqual([false, null]);
  });

  it('rejects a malformed curve with its path', () => {
    const bad = {
      curves: {
        u: [
          { id: 'no-limit', predikat: ['baik'], bound: 'max' },
          { id: 'unknown', predikat: ['cukup'], bound: 'min', count: 1 },
          { id: 'bad-share', predikat: ['baik'], bound: 'max', percent: 'seventy' },
        ],
      },
    } as DistributionPolicy;
    // The schema first (distributionPolicySchema), then the checks against the predikat codes.
    const r = checkDistribution(bad, 'u', { baik: 1 });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['decimal.invalid', ['curves', 'u', 2, 'percent']],
    ]);
    const curves = bad.curves.u?.slice(0, 2) ?? [];
    const r2 = checkDistribution({ curves: { u: curves } }, 'u', { baik: 1 });
    expect(r2.ok ? [] : r2.issues.map((i) => [i.code, i.path])).toEqual([
      ['organisation.constraint-without-limit', ['curves', 'u', 0]],
      ['organisation.unknown-predikat', ['curves', 'u', 1, 'predikat', 0]],
    ]);
  });
});
