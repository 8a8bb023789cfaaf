import { decToInt, type IntegerProgram, type Row, solveIlp } from './ilp';

/**
 * The fewest moves that make a unit fit its curve (internal).
 *
 * The problem: predikat codes 0…k−1 (best first) held by c₀…c₋₁ employees (n in all);
 * constraints "Σ_{i∈S} xᵢ ≤ limit" (max) or "≥ limit" (min) on sets S of codes. Find integer
 * xᵢ ≥ 0 with Σ xᵢ = n satisfying every constraint and minimising the moves
 * Σ max(0, cᵢ − xᵢ) (each employee counted once, where they leave), i.e. maximising the stays
 * Σ min(cᵢ, xᵢ). Any code may receive anyone.
 *
 * Two exact methods:
 *
 * - When the constraint sets form a laminar family (any two are disjoint or nested; true of every
 *   curve of the built-in pack), a bottom-up pass over the family's tree (the full set at the
 *   root, single codes at the leaves) computes, for each set, the best stays as a function of the
 *   people T it receives. Each such function is discrete concave with slopes 1 then 0, so it is
 *   four integers: its domain [lo, hi], its value v₀ at lo, and the length s of its slope-1 part.
 *   A leaf is min(T, cᵢ) on [0, n]; a parent is the max-plus convolution of its children (slopes
 *   merge: sum the four numbers) restricted to the set's own [min, max] limits. The root at T = n
 *   gives the most stays; an empty domain anywhere means infeasible. Linear in the family's size.
 * - Otherwise, an integer program solved exactly by branch and bound over an exact simplex
 *   (./ilp).
 *
 * Both are checked against brute-force enumeration of every target distribution in the tests.
 */

/** A constraint on the codes of `mask` (bit i = code i). */
export interface MaskConstraint {
  readonly mask: number;
  readonly bound: 'max' | 'min';
}

/** One set of the laminar tree: a code (leaf) or a constraint set, with its constraints. */
interface TreeNode {
  readonly mask: number;
  /** The code of a leaf, -1 for a larger set. */
  readonly code: number;
  readonly children: readonly number[];
  /** Indexes of the constraints on exactly this set. */
  readonly constraints: readonly number[];
}

/** The constraints of a curve over k codes, prepared once. */
export interface MovesStructure {
  readonly k: number;
  readonly constraints: readonly MaskConstraint[];
  /** The laminar tree, bottom-up (children before parents, the root last); null if not laminar. */
  readonly tree: readonly TreeNode[] | null;
}

/** The largest number of predikat codes (codes are bits of a 32-bit integer). */
export const MAX_CODES = 30;

function popcount(m: number): number {
  let c = 0;
  for (let x = m; x !== 0; x &= x - 1) c++;
  return c;
}

/** Prepares the constraints over k codes: detects a laminar family and builds its tree. */
export function movesStructure(k: number, constraints: readonly MaskConstraint[]): MovesStructure {
  if (k < 1 || k > MAX_CODES) throw new RangeError(`Between 1 and ${MAX_CODES} predikat codes, not ${k}`);
  const full = 2 ** k - 1;
  const masks = new Set<number>([full]);
  for (let i = 0; i < k; i++) masks.add(1 << i);
  for (const c of constraints) masks.add(c.mask);
  const list = [...masks];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i] as number;
      const b = list[j] as number;
      const both = a & b;
      if (both !== 0 && both !== a && both !== b) return { k, constraints, tree: null };
    }
  }
  list.sort((a, b) => popcount(a) - popcount(b) || a - b);
  const children: number[][] = list.map(() => []);
  list.forEach((m, i) => {
    if (m === full) return;
    // In a laminar family the strict supersets of a set form a chain: the parent is the smallest.
    for (let j = i + 1; j < list.length; j++) {
      const p = list[j] as number;
      if ((p & m) === m && p !== m) {
        (children[j] as number[]).push(i);
        return;
      }
    }
  });
  const byMask = new Map<number, number[]>();
  constraints.forEach((c, ci) => {
    const at = byMask.get(c.mask);
    if (at) at.push(ci);
    else byMask.set(c.mask, [ci]);
  });
  const tree = list.map(
    (mask, i): TreeNode => ({
      mask,
      code: popcount(mask) === 1 ? 31 - Math.clz32(mask) : -1,
      children: children[i] as number[],
      constraints: byMask.get(mask) ?? [],
    }),
  );
  return { k, constraints, tree };
}

/** Whether the counts satisfy every constraint at these limits. */
export function satisfiesAll(
  structure: MovesStructure,
  counts: readonly number[],
  limits: readonly number[],
): boolean {
  const { constraints } = structure;
  for (let ci = 0; ci < constraints.length; ci++) {
    const c = constraints[ci] as MaskConstraint;
    const actual = sumOver(c.mask, counts);
    const limit = limits[ci] as number;
    if (c.bound === 'max' ? actual > limit : actual < limit) return false;
  }
  return true;
}

/** Σ counts over the codes of a mask. */
export function sumOver(mask: number, counts: readonly number[]): number {
  let s = 0;
  for (let m = mask; m !== 0; m &= m - 1) s += counts[31 - Math.clz32(m & -m)] as number;
  return s;
}

/** The laminar tree pass: the most stays, or -1 when infeasible. */
function laminarStays(
  tree: readonly TreeNode[],
  structure: MovesStructure,
  counts: readonly number[],
  n: number,
  limits: readonly number[],
): number {
  const size = tree.length;
  const lo = new Array<number>(size);
  const hi = new Array<number>(size);
  const v0 = new Array<number>(size);
  const s = new Array<number>(size);
  for (let i = 0; i < size; i++) {
    const node = tree[i] as TreeNode;
    let l: number;
    let h: number;
    let v: number;
    let slope: number;
    if (node.code >= 0) {
      l = 0;
      h = n;
      v = 0;
      slope = counts[node.code] as number;
    } else {
      l = 0;
      h = 0;
      v = 0;
      slope = 0;
      // v and slope sum to at most n (each child's part is at most its own people). lo and hi
      // could sum beyond the safe integers for a huge n: hi is capped at n as it goes (no set can
      // hold more), and a lo beyond n is infeasible at once — both decided exactly, since a
      // rounded sum above 2^53 is still above n.
      for (const c of node.children) {
        l += lo[c] as number;
        if (l > n) return -1;
        h = Math.min(h + (hi[c] as number), n);
        v += v0[c] as number;
        slope += s[c] as number;
      }
    }
    // The set's own limits (the root holds exactly n).
    let min = i === size - 1 ? n : 0;
    let max = n;
    for (const ci of node.constraints) {
      const limit = limits[ci] as number;
      if ((structure.constraints[ci] as MaskConstraint).bound === 'min') {
        if (limit > min) min = limit;
      } else if (limit < max) max = limit;
    }
    const nl = Math.max(l, min);
    const nh = Math.min(h, max);
    if (nl > nh) return -1;
    const d = nl - l;
    v += Math.min(d, slope);
    slope = Math.max(slope - d, 0);
    if (slope > nh - nl) slope = nh - nl;
    lo[i] = nl;
    hi[i] = nh;
    v0[i] = v;
    s[i] = slope;
  }
  // The root's domain is [n, n]: its value at lo is the answer.
  return v0[size - 1] as number;
}

/** Rows of the integer program shared by the two uses: x (k), stays s (k), Σx = n, the constraints. */
function baseRows(
  structure: MovesStructure,
  counts: readonly number[],
  n: number,
  limits: readonly number[],
): Row[] {
  const { k, constraints } = structure;
  const rows: Row[] = [];
  const all: [number, number][] = [];
  for (let i = 0; i < k; i++) {
    rows.push({ coefs: [[k + i, 1]], sense: 'le', rhs: counts[i] as number });
    rows.push({
      coefs: [
        [k + i, 1],
        [i, -1],
      ],
      sense: 'le',
      rhs: 0,
    });
    all.push([i, 1]);
  }
  rows.push({ coefs: all, sense: 'eq', rhs: n });
  constraints.forEach((c, ci) => {
    const limit = limits[ci] as number;
    // Skip constraints no distribution of n people can break.
    if (c.bound === 'max' ? limit >= n : limit <= 0) return;
    const coefs: [number, number][] = [];
    for (let i = 0; i < k; i++) if ((c.mask >> i) & 1) coefs.push([i, 1]);
    rows.push({ coefs, sense: c.bound === 'max' ? 'le' : 'ge', rhs: limit });
  });
  return rows;
}

/**
 * The exact minimum number of moves, or null when no distribution of n people satisfies every
 * constraint. `limits[i]` is constraint i's limit in people for this unit.
 */
export function minimumMoves(
  structure: MovesStructure,
  counts: readonly number[],
  n: number,
  limits: readonly number[],
): number | null {
  if (structure.tree !== null) {
    const stays = laminarStays(structure.tree, structure, counts, n, limits);
    return stays < 0 ? null : n - stays;
  }
  if (satisfiesAll(structure, counts, limits)) return 0;
  const { k } = structure;
  const objective = new Array<number>(2 * k).fill(0).fill(1, k);
  const integer = Array.from({ length: k }, (_, i) => i);
  const program: IntegerProgram = {
    nVars: 2 * k,
    rows: baseRows(structure, counts, n, limits),
    objective,
    integer,
  };
  const solution = solveIlp(program);
  return solution === null ? null : n - decToInt(solution.value);
}

/**
 * A target distribution with the fewest moves and, among those, the fewest predikat steps moved
 * (the earth mover's distance between counts and target along the order of the codes); null when
 * infeasible. Exact: one integer program with objective W·stays − steps, W larger than any
 * possible number of steps.
 */
export function planTarget(
  structure: MovesStructure,
  counts: readonly number[],
  n: number,
  limits: readonly number[],
): number[] | null {
  const { k } = structure;
  if (satisfiesAll(structure, counts, limits)) return [...counts];
  const rows = baseRows(structure, counts, n, limits);
  // e_j ≥ |P_j(x) − P_j(c)| for the prefixes P_j = codes 0…j (j < k − 1).
  let prefix = 0;
  for (let j = 0; j < k - 1; j++) {
    prefix += counts[j] as number;
    const e = 2 * k + j;
    const xs: [number, number][] = [];
    for (let i = 0; i <= j; i++) xs.push([i, 1]);
    rows.push({
      coefs: [[e, 1], ...xs.map(([i]) => [i, -1] as [number, number])],
      sense: 'ge',
      rhs: -prefix,
    });
    rows.push({ coefs: [[e, 1], ...xs], sense: 'ge', rhs: prefix });
  }
  const w = (k - 1) * n + 1;
  const objective: number[] = [];
  for (let i = 0; i < k; i++) objective.push(0);
  for (let i = 0; i < k; i++) objective.push(w);
  for (let j = 0; j < k - 1; j++) objective.push(-1);
  const program: IntegerProgram = {
    nVars: 3 * k - 1,
    rows,
    objective,
    integer: Array.from({ length: k }, (_, i) => i),
  };
  const solution = solveIlp(program);
  if (solution === null) return null;
  return solution.x.slice(0, k).map(decToInt);
}

/**
 * The moves from counts to target, pairing the codes that lose people with those that gain them
 * in order (best first on both sides): the pairing that moves people across the fewest steps.
 */
export function transfers(
  counts: readonly number[],
  target: readonly number[],
): { from: number; to: number; count: number }[] {
  const losers: [number, number][] = [];
  const gainers: [number, number][] = [];
  counts.forEach((c, i) => {
    const t = target[i] as number;
    if (c > t) losers.push([i, c - t]);
    else if (t > c) gainers.push([i, t - c]);
  });
  const out: { from: number; to: number; count: number }[] = [];
  let g = 0;
  for (const loser of losers) {
    let left = loser[1];
    while (left > 0) {
      const gainer = gainers[g] as [number, number];
      const m = Math.min(left, gainer[1]);
      const last = out[out.length - 1];
      if (last && last.from === loser[0] && last.to === gainer[0]) last.count += m;
      else out.push({ from: loser[0], to: gainer[0], count: m });
      left -= m;
      gainer[1] -= m;
      if (gainer[1] === 0) g++;
    }
  }
  return out;
}
