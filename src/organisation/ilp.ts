import {
  DEC_ONE,
  DEC_ZERO,
  type Dec,
  dAdd,
  dCmp,
  dDiv,
  dEq,
  dFromInt,
  dIsZero,
  dMul,
  dRound,
  dSub,
  fromDec,
} from '../decimal/index';

/**
 * A small exact integer linear program solver: branch and bound over an exact two-phase simplex
 * (Bland's rule, so it cannot cycle) on the exact rationals of the decimal module. Internal: the
 * distribution check uses it for curves whose constraint sets are not laminar, and to plan moves.
 *
 * The programs are tiny (a few variables per predikat code) with small integer data, so a dense
 * tableau is enough.
 */

/** One linear row: Σ coef·x (≤ | ≥ | =) rhs, with integer coefficients and right-hand side. */
export interface Row {
  readonly coefs: ReadonlyArray<readonly [index: number, value: number]>;
  readonly sense: 'le' | 'ge' | 'eq';
  readonly rhs: number;
}

/** maximise objective·x subject to rows, x ≥ 0, x[i] integer for i in `integer`. */
export interface IntegerProgram {
  readonly nVars: number;
  readonly rows: readonly Row[];
  readonly objective: readonly number[];
  readonly integer: readonly number[];
}

/** An optimal solution: the objective value and the variables (integers where required). */
export interface IlpSolution {
  readonly value: Dec;
  readonly x: readonly Dec[];
}

type LpResult = { readonly kind: 'infeasible' } | { readonly kind: 'optimal'; value: Dec; x: Dec[] };

const dPos = (a: Dec): boolean => dCmp(a, DEC_ZERO) > 0;

/** Pivots the tableau (rows and objective row) on row `r`, column `j`. */
function pivot(t: Dec[][], z: Dec[], basis: number[], r: number, j: number): void {
  const row = t[r] as Dec[];
  const p = row[j] as Dec;
  if (!dEq(p, DEC_ONE)) for (let c = 0; c < row.length; c++) row[c] = dDiv(row[c] as Dec, p);
  const eliminate = (other: Dec[]): void => {
    const f = other[j] as Dec;
    if (dIsZero(f)) return;
    for (let c = 0; c < other.length; c++) {
      const v = row[c] as Dec;
      if (!dIsZero(v)) other[c] = dSub(other[c] as Dec, dMul(f, v));
    }
  };
  for (let i = 0; i < t.length; i++) if (i !== r) eliminate(t[i] as Dec[]);
  eliminate(z);
  basis[r] = j;
}

/**
 * Runs the simplex on the tableau until optimal (maximising: the objective row holds reduced
 * costs, its last entry minus the value). Columns with `barred[j]` never enter. Bland's rule:
 * the entering column is the first with a positive reduced cost; ties in the ratio test go to the
 * row whose basic variable has the smallest index. Returns false when unbounded.
 */
function simplex(t: Dec[][], z: Dec[], basis: number[], barred: readonly boolean[]): boolean {
  const rhs = z.length - 1;
  for (;;) {
    let j = -1;
    for (let c = 0; c < rhs; c++) {
      if (!barred[c] && dPos(z[c] as Dec)) {
        j = c;
        break;
      }
    }
    if (j < 0) return true;
    let r = -1;
    let best: Dec = DEC_ZERO;
    for (let i = 0; i < t.length; i++) {
      const row = t[i] as Dec[];
      const a = row[j] as Dec;
      if (!dPos(a)) continue;
      const ratio = dDiv(row[rhs] as Dec, a);
      const c = r < 0 ? -1 : dCmp(ratio, best);
      if (c < 0 || (c === 0 && (basis[i] as number) < (basis[r] as number))) {
        r = i;
        best = ratio;
      }
    }
    if (r < 0) return false;
    pivot(t, z, basis, r, j);
  }
}

/** The objective row for cost vector `cost` (by column) and the current basis. */
function objectiveRow(
  t: readonly Dec[][],
  basis: readonly number[],
  cost: readonly Dec[],
  width: number,
): Dec[] {
  const z: Dec[] = [];
  for (let c = 0; c < width; c++) z.push(c < cost.length ? (cost[c] as Dec) : DEC_ZERO);
  for (let i = 0; i < t.length; i++) {
    const cb = cost[basis[i] as number] ?? DEC_ZERO;
    if (dIsZero(cb)) continue;
    const row = t[i] as Dec[];
    for (let c = 0; c < width; c++) {
      const v = row[c] as Dec;
      if (!dIsZero(v)) z[c] = dSub(z[c] as Dec, dMul(cb, v));
    }
  }
  return z;
}

/** Solves the linear relaxation exactly (two phases). */
export function solveLp(nVars: number, rows: readonly Row[], objective: readonly number[]): LpResult {
  // Columns: the variables, then one slack/surplus per inequality, then one artificial per ≥ or = row.
  let slacks = 0;
  let artificials = 0;
  const norm = rows.map((row) => {
    const flip = row.rhs < 0;
    const sense = flip ? (row.sense === 'le' ? 'ge' : row.sense === 'ge' ? 'le' : 'eq') : row.sense;
    if (sense !== 'eq') slacks++;
    if (sense !== 'le') artificials++;
    return { row, flip, sense };
  });
  const firstSlack = nVars;
  const firstArtificial = nVars + slacks;
  const width = firstArtificial + artificials + 1;
  const rhsCol = width - 1;
  const t: Dec[][] = [];
  const basis: number[] = [];
  let s = firstSlack;
  let a = firstArtificial;
  for (const { row, flip, sense } of norm) {
    const line: Dec[] = new Array<Dec>(width).fill(DEC_ZERO);
    for (const [i, v] of row.coefs) line[i] = dFromInt(flip ? -v : v);
    line[rhsCol] = dFromInt(flip ? -row.rhs : row.rhs);
    if (sense === 'le') {
      line[s] = DEC_ONE;
      basis.push(s++);
    } else {
      if (sense === 'ge') line[s++] = dFromInt(-1);
      line[a] = DEC_ONE;
      basis.push(a++);
    }
    t.push(line);
  }
  const isArtificial = (c: number): boolean => c >= firstArtificial && c < rhsCol;
  const barredNone = new Array<boolean>(rhsCol).fill(false);
  if (artificials > 0) {
    const cost1: Dec[] = [];
    for (let c = 0; c < rhsCol; c++) cost1.push(isArtificial(c) ? dFromInt(-1) : DEC_ZERO);
    const z1 = objectiveRow(t, basis, cost1, width);
    simplex(t, z1, basis, barredNone);
    // z1[rhs] is minus the phase-1 value (minus the sum of the artificials): positive = infeasible.
    if (dPos(z1[rhsCol] as Dec)) return { kind: 'infeasible' };
    // Drive the artificials left in the basis (at zero) out, or drop their redundant rows.
    for (let i = t.length - 1; i >= 0; i--) {
      if (!isArtificial(basis[i] as number)) continue;
      const row = t[i] as Dec[];
      let j = -1;
      for (let c = 0; c < firstArtificial; c++) {
        if (!dIsZero(row[c] as Dec)) {
          j = c;
          break;
        }
      }
      if (j >= 0) pivot(t, z1, basis, i, j);
      else {
        t.splice(i, 1);
        basis.splice(i, 1);
      }
    }
  }
  const cost2: Dec[] = [];
  for (let c = 0; c < rhsCol; c++) cost2.push(c < nVars ? dFromInt(objective[c] ?? 0) : DEC_ZERO);
  const z2 = objectiveRow(t, basis, cost2, width);
  const barred: boolean[] = [];
  for (let c = 0; c < rhsCol; c++) barred.push(isArtificial(c));
  if (!simplex(t, z2, basis, barred)) throw new RangeError('Unbounded linear program');
  const x: Dec[] = new Array<Dec>(nVars).fill(DEC_ZERO);
  basis.forEach((b, i) => {
    if (b < nVars) x[b] = (t[i] as Dec[])[rhsCol] as Dec;
  });
  let value: Dec = DEC_ZERO;
  for (let c = 0; c < nVars; c++) {
    const o = objective[c] ?? 0;
    if (o !== 0) value = dAdd(value, dMul(dFromInt(o), x[c] as Dec));
  }
  return { kind: 'optimal', value, x };
}

/**
 * An exact integer of a `Dec` known to be a (safe) integer: its canonical text is an integer
 * numeral, read back and checked against the value, so the conversion is exact or throws.
 */
export function decToInt(d: Dec): number {
  const v = Number(fromDec(d));
  if (!Number.isSafeInteger(v) || !dEq(dFromInt(v), d))
    throw new RangeError(`Not a safe integer: ${fromDec(d)}`);
  return v;
}

const floorDec = (d: Dec): Dec => dRound(d, 0, 'floor');

/**
 * Solves the integer program exactly: depth-first branch and bound on the first fractional
 * integer variable (x ≤ ⌊v⌋ | x ≥ ⌈v⌉), pruning a node whose relaxation cannot beat the
 * incumbent. `integralObjective`: every integer-feasible point's best value is an integer, so a
 * relaxation bound may be rounded down before comparing. Returns null when infeasible.
 */
export function solveIlp(p: IntegerProgram, integralObjective = true): IlpSolution | null {
  let best: IlpSolution | null = null;
  const stack: Row[][] = [[]];
  while (stack.length > 0) {
    const extra = stack.pop() as Row[];
    const lp = solveLp(p.nVars, extra.length === 0 ? p.rows : [...p.rows, ...extra], p.objective);
    if (lp.kind === 'infeasible') continue;
    const bound = integralObjective ? floorDec(lp.value) : lp.value;
    if (best !== null && dCmp(bound, best.value) <= 0) continue;
    let branch = -1;
    for (const i of p.integer) {
      const v = lp.x[i] as Dec;
      if (!dEq(floorDec(v), v)) {
        branch = i;
        break;
      }
    }
    if (branch < 0) {
      best = { value: lp.value, x: lp.x };
      continue;
    }
    const down = decToInt(floorDec(lp.x[branch] as Dec));
    // Depth first, the "≤" branch first (the last pushed is popped first); either order is exact.
    stack.push([...extra, { coefs: [[branch, 1]], sense: 'ge', rhs: down + 1 }]);
    stack.push([...extra, { coefs: [[branch, 1]], sense: 'le', rhs: down }]);
  }
  return best;
}
