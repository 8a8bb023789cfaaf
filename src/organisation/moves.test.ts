/**
 * The fewest moves are exact: both methods (the laminar tree pass and the integer program) agree
 * with brute-force enumeration of every target distribution, on every built-in curve and on random
 * custom curves over up to seven codes, laminar or not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPack } from '../ruleset/index';
import { checkDistribution } from './check-distribution';
import { compileCurve, limitsFor } from './curve';
import {
  type MaskConstraint,
  minimumMoves,
  movesStructure,
  planTarget,
  satisfiesAll,
  transfers,
} from './moves';

/** Calls `visit` with every vector of k non-negative integers summing to n (one shared array). */
function forEachComposition(n: number, k: number, visit: (x: readonly number[]) => void): void {
  const x = new Array<number>(k).fill(0);
  const fill = (i: number, left: number): void => {
    if (i === k - 1) {
      x[i] = left;
      visit(x);
      return;
    }
    for (let v = left; v >= 0; v--) {
      x[i] = v;
      fill(i + 1, left - v);
    }
  };
  fill(0, n);
}

/** Every vector of k non-negative integers summing to n. */
function compositions(n: number, k: number): number[][] {
  const out: number[][] = [];
  forEachComposition(n, k, (x) => out.push([...x]));
  return out;
}

const movesTo = (counts: readonly number[], x: readonly number[]): number =>
  counts.reduce((s, c, i) => s + Math.max(0, c - (x[i] as number)), 0);

/** Steps moved: the earth mover's distance along the order of the codes. */
function steps(counts: readonly number[], x: readonly number[]): number {
  let pc = 0;
  let px = 0;
  let d = 0;
  for (let i = 0; i < counts.length - 1; i++) {
    pc += counts[i] as number;
    px += x[i] as number;
    d += Math.abs(pc - px);
  }
  return d;
}

interface Brute {
  readonly moves: number | null;
  /** The fewest steps among the targets with the fewest moves. */
  readonly steps: number | null;
}

/** The oracle: enumerate every target distribution of n people over k codes. */
function brute(
  k: number,
  counts: readonly number[],
  constraints: readonly MaskConstraint[],
  limits: readonly number[],
): Brute {
  const n = counts.reduce((a, b) => a + b, 0);
  const structure = { k, constraints, tree: null };
  let best: number | null = null;
  let bestSteps: number | null = null;
  forEachComposition(n, k, (x) => {
    if (!satisfiesAll(structure, x, limits)) return;
    const m = movesTo(counts, x);
    const s = steps(counts, x);
    if (best === null || m < best || (m === best && s < (bestSteps as number))) {
      best = m;
      bestSteps = s;
    }
  });
  return { moves: best, steps: bestSteps };
}

const pack = getPack('permenpanrb-6-2022');
const CODES = pack.predikat.map((p) => p.code);
const UNITS = ['istimewa', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'];

function problemOf(unit: string, n: number) {
  const compiled = compileCurve(pack, unit);
  if (!compiled.ok) throw new Error(unit);
  const curve = compiled.value;
  return { curve, limits: limitsFor(curve, n) };
}

describe('every built-in curve against brute force', () => {
  it('the built-in curves are laminar: the tree pass decides', () => {
    for (const unit of UNITS) expect(problemOf(unit, 10).curve.structure.tree, unit).not.toBeNull();
  });

  it.each(UNITS)('%s: every distribution of up to 12 people (exhaustive)', (unit) => {
    let checked = 0;
    for (let n = 0; n <= 12; n++) {
      const { curve, limits } = problemOf(unit, n);
      for (const counts of compositions(n, CODES.length)) {
        const byCode = Object.fromEntries(CODES.map((c, i) => [c, counts[i] as number]));
        const r = checkDistribution(pack, unit, byCode);
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const b = brute(CODES.length, counts, curve.constraints, limits);
        expect(r.value.moves, `${unit} ${JSON.stringify(byCode)}`).toBe(b.moves);
        expect(r.value.feasible).toBe(b.moves !== null);
        expect(r.value.ok).toBe(b.moves === 0);
        checked++;
      }
    }
    expect(checked).toBe(6188); // C(17, 5): every count vector of 0…12 people over 5 codes
  });

  it.each(UNITS)('%s: random distributions of 13 to 20 people', (unit) => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 13, maxLength: 20 }), (picks) => {
        // Each pick is one employee's predikat (an index into the codes).
        const counts = CODES.map((_, i) => picks.filter((p) => p === i).length);
        const { curve, limits } = problemOf(unit, picks.length);
        const byCode = Object.fromEntries(CODES.map((c, i) => [c, counts[i] as number]));
        const r = checkDistribution(pack, unit, byCode);
        expect(r.ok && r.value.moves).toBe(brute(5, counts, curve.constraints, limits).moves);
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * A random problem: k codes, counts, and constraints on random non-empty sets with limits that
 * are random shares of the unit (give or take one person, to hit the edges).
 */
const problem = (maxN: number, minK = 1) =>
  fc
    .integer({ min: minK, max: 7 })
    .chain((k) =>
      fc.record({
        k: fc.constant(k),
        counts: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: k, maxLength: k }),
        constraints: fc.array(
          fc.record({
            mask: fc.integer({ min: 1, max: 2 ** k - 1 }),
            bound: fc.constantFrom('max' as const, 'min' as const),
            share: fc.integer({ min: 0, max: 100 }),
            offset: fc.constantFrom(-1, 0, 0, 0, 1),
          }),
          { minLength: 0, maxLength: 6 },
        ),
      }),
    )
    .filter(({ counts }) => counts.reduce((a, b) => a + b, 0) <= maxN)
    .map(({ k, counts, constraints }) => {
      const n = counts.reduce((a, b) => a + b, 0);
      const limit = (share: number, offset: number): number =>
        (share * n - ((share * n) % 100)) / 100 + offset;
      return {
        k,
        counts,
        constraints: constraints.map((c) => ({
          mask: c.mask,
          bound: c.bound,
          limit: limit(c.share, c.offset),
        })),
      };
    });

describe('random custom curves over up to seven codes against brute force', () => {
  it('minimumMoves: both methods equal brute force (laminar families by the tree pass, others by the integer program)', () => {
    let laminar = 0;
    let crossing = 0;
    fc.assert(
      fc.property(problem(12), ({ k, counts, constraints }) => {
        const n = counts.reduce((a, b) => a + b, 0);
        const cs: MaskConstraint[] = constraints.map(({ mask, bound }) => ({ mask, bound }));
        const limits = constraints.map((c) => c.limit);
        const structure = movesStructure(k, cs);
        if (structure.tree === null) crossing++;
        else laminar++;
        const expected = brute(k, counts, cs, limits).moves;
        expect(minimumMoves(structure, counts, n, limits)).toBe(expected);
        // The integer program on its own, whatever the family.
        expect(minimumMoves({ ...structure, tree: null }, counts, n, limits)).toBe(expected);
      }),
      { numRuns: 400 },
    );
    expect(laminar).toBeGreaterThan(50);
    expect(crossing).toBeGreaterThan(50);
  });

  it('minimumMoves on crossing families only (the integer program), many of them needing moves', () => {
    let needingMoves = 0;
    fc.assert(
      fc.property(
        problem(12, 3).filter(
          ({ k, constraints }) =>
            movesStructure(
              k,
              constraints.map(({ mask, bound }) => ({ mask, bound })),
            ).tree === null,
        ),
        ({ k, counts, constraints }) => {
          const n = counts.reduce((a, b) => a + b, 0);
          const cs: MaskConstraint[] = constraints.map(({ mask, bound }) => ({ mask, bound }));
          const limits = constraints.map((c) => c.limit);
          const expected = brute(k, counts, cs, limits).moves;
          if (expected !== null && expected > 0) needingMoves++;
          expect(minimumMoves(movesStructure(k, cs), counts, n, limits)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
    // Not only infeasible or already-fitting units.
    expect(needingMoves).toBeGreaterThan(60);
  });

  it('planTarget: every constraint holds, with the fewest moves and, among those, the fewest steps', () => {
    fc.assert(
      fc.property(problem(10), ({ k, counts, constraints }) => {
        const n = counts.reduce((a, b) => a + b, 0);
        const cs: MaskConstraint[] = constraints.map(({ mask, bound }) => ({ mask, bound }));
        const limits = constraints.map((c) => c.limit);
        const structure = movesStructure(k, cs);
        const b = brute(k, counts, cs, limits);
        const target = planTarget(structure, counts, n, limits);
        if (b.moves === null) {
          expect(target).toBeNull();
          return;
        }
        expect(target).not.toBeNull();
        const x = target as number[];
        expect(x.reduce((a, v) => a + v, 0)).toBe(n);
        expect(satisfiesAll(structure, x, limits)).toBe(true);
        expect(movesTo(counts, x)).toBe(b.moves);
        expect(steps(counts, x)).toBe(b.steps);
        // The transfers realise the target with exactly that many moves and steps.
        const t = transfers(counts, x);
        const after = [...counts];
        let moved = 0;
        let stepped = 0;
        for (const m of t) {
          after[m.from] = (after[m.from] as number) - m.count;
          after[m.to] = (after[m.to] as number) + m.count;
          moved += m.count;
          stepped += m.count * Math.abs(m.to - m.from);
        }
        expect(after).toEqual(x);
        expect(moved).toBe(b.moves);
        expect(stepped).toBe(b.steps);
      }),
      { numRuns: 200 },
    );
  });
});

describe('larger units: the tree pass and the integer program agree', () => {
  it('on random laminar families with up to 300 people', () => {
    const laminarProblem = fc
      .integer({ min: 2, max: 7 })
      .chain((k) =>
        fc.record({
          k: fc.constant(k),
          counts: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: k, maxLength: k }),
          constraints: fc.array(
            fc.record({
              mask: fc.integer({ min: 1, max: 2 ** k - 1 }),
              bound: fc.constantFrom('max' as const, 'min' as const),
              share: fc.integer({ min: 0, max: 100 }),
            }),
            { minLength: 1, maxLength: 5 },
          ),
        }),
      )
      .filter(
        ({ k, constraints }) =>
          movesStructure(
            k,
            constraints.map(({ mask, bound }) => ({ mask, bound })),
          ).tree !== null,
      );
    fc.assert(
      fc.property(laminarProblem, ({ k, counts, constraints }) => {
        const n = counts.reduce((a, b) => a + b, 0);
        const cs = constraints.map(({ mask, bound }) => ({ mask, bound }));
        // Limits as shares of n: ⌊share·n/100⌋ or ⌈share·n/100⌉ by integer division.
        const div = (a: number, b: number): number => (a - (a % b)) / b;
        const limits = constraints.map((c) =>
          c.bound === 'max' ? div(c.share * n, 100) : div(c.share * n + 99, 100),
        );
        const structure = movesStructure(k, cs);
        expect(minimumMoves(structure, counts, n, limits)).toBe(
          minimumMoves({ ...structure, tree: null }, counts, n, limits),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('on crossing families with up to 7,000 people: fast, and the two integer programs agree', () => {
    const crossingProblem = fc
      .integer({ min: 3, max: 7 })
      .chain((k) =>
        fc.record({
          k: fc.constant(k),
          counts: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: k, maxLength: k }),
          constraints: fc.array(
            fc.record({
              mask: fc.integer({ min: 1, max: 2 ** k - 1 }),
              bound: fc.constantFrom('max' as const, 'min' as const),
              share: fc.integer({ min: 0, max: 100 }),
            }),
            { minLength: 2, maxLength: 8 },
          ),
        }),
      )
      .filter(
        ({ k, constraints }) =>
          movesStructure(
            k,
            constraints.map(({ mask, bound }) => ({ mask, bound })),
          ).tree === null,
      );
    let worst = 0;
    let solved = 0;
    fc.assert(
      fc.property(crossingProblem, ({ k, counts, constraints }) => {
        const n = counts.reduce((a, b) => a + b, 0);
        const cs = constraints.map(({ mask, bound }) => ({ mask, bound }));
        const div = (a: number, b: number): number => (a - (a % b)) / b;
        const limits = constraints.map((c) =>
          c.bound === 'max' ? div(c.share * n, 100) : div(c.share * n + 99, 100),
        );
        const structure = movesStructure(k, cs);
        const t0 = performance.now();
        const moves = minimumMoves(structure, counts, n, limits);
        worst = Math.max(worst, performance.now() - t0);
        const target = planTarget(structure, counts, n, limits);
        if (moves === null) {
          expect(target).toBeNull();
          return;
        }
        solved++;
        expect(target).not.toBeNull();
        expect(satisfiesAll(structure, target as number[], limits)).toBe(true);
        expect(movesTo(counts, target as number[])).toBe(moves);
      }),
      { numRuns: 150 },
    );
    expect(solved).toBeGreaterThan(20);
    expect(worst).toBeLessThan(500); // milliseconds; typically under 10
  });

  it('hand-computed: a kurang unit of 1,000 with everyone baik needs 700 moves', () => {
    const r = checkDistribution(pack, 'kurang', { baik: 1000 });
    expect(r.ok && r.value.moves).toBe(700);
  });
});
