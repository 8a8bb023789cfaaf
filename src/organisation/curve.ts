import {
  DEC_HUNDRED,
  type Dec,
  type DecimalString,
  dCmp,
  dDiv,
  decOf,
  dFromInt,
  dMul,
  dRound,
  parseDecimal,
} from '../decimal/index';
import { err, type Issue, issue, ok, type PathSegment, prefixIssues, type Result } from '../explain/index';
import type { Ruleset } from '../ruleset/index';
import { decToInt } from './ilp';
import { MAX_CODES, type MovesStructure, movesStructure } from './moves';
import type { CurveConstraint, DistributionPolicy } from './types';

/** The predikat of PermenPANRB 6/2022, best first: the default codes of a bare policy. */
export const DEFAULT_PREDIKAT: readonly string[] = [
  'sangat-baik',
  'baik',
  'butuh-perbaikan',
  'kurang',
  'sangat-kurang',
];

/**
 * What `checkDistribution` accepts as its first argument: a ruleset (its `distribution` section
 * and its predikat list) or a {@link DistributionPolicy}.
 *
 * @category Organisation
 * @example
 * ```ts
 * const a: DistributionSource = getPack('permenpanrb-6-2022');
 * const b: DistributionSource = { curves: { baik: [{ id: 'baik-max-70', predikat: ['baik'], bound: 'max', percent: 70 }] } };
 * ```
 */
export type DistributionSource = DistributionPolicy | Pick<Ruleset, 'predikat' | 'distribution'>;

/** One constraint, validated, with its codes as a bit mask. */
export interface CompiledConstraint {
  readonly id: string;
  readonly predikat: readonly string[];
  readonly bound: 'max' | 'min';
  readonly percent: DecimalString | null;
  readonly percentDec: Dec | null;
  readonly count: number | null;
  readonly mask: number;
}

/** A unit predikat's curve, ready to check units of any size. */
export interface CompiledCurve {
  readonly unitPredikat: string;
  /** The predikat codes employees may hold, best first. */
  readonly codes: readonly string[];
  readonly codeIndex: ReadonlyMap<string, number>;
  readonly constraints: readonly CompiledConstraint[];
  readonly structure: MovesStructure;
  readonly countMax: 'floor' | 'ceil';
  readonly countMin: 'floor' | 'ceil';
  readonly minimumUnitSize: number;
  readonly blocksFinalisation: boolean;
  /** Limits by unit size (filled on demand). */
  readonly limitsBySize: Map<number, readonly number[]>;
}

const cache = new WeakMap<object, Map<string, Result<CompiledCurve>>>();
const LIMITS_CACHE_SIZE = 4096;

function isPolicy(source: DistributionSource): source is DistributionPolicy {
  return 'curves' in source;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function compileConstraint(
  raw: CurveConstraint,
  path: readonly PathSegment[],
  codeIndex: ReadonlyMap<string, number>,
  issues: Issue[],
): CompiledConstraint | undefined {
  const before = issues.length;
  if (!isRecord(raw)) {
    issues.push(issue('input.invalid-type', path, { expected: 'object', received: typeof raw }));
    return undefined;
  }
  if (typeof raw.id !== 'string' || raw.id === '') issues.push(issue('input.required', [...path, 'id']));
  if (raw.bound !== 'max' && raw.bound !== 'min')
    issues.push(issue('input.invalid-value', [...path, 'bound'], { expected: 'max, min' }));
  let mask = 0;
  if (!Array.isArray(raw.predikat) || raw.predikat.length === 0)
    issues.push(issue('input.required', [...path, 'predikat']));
  else
    raw.predikat.forEach((code: unknown, j) => {
      const i = typeof code === 'string' ? codeIndex.get(code) : undefined;
      if (i === undefined)
        issues.push(
          issue('organisation.unknown-predikat', [...path, 'predikat', j], {
            code: String(code),
            available: [...codeIndex.keys()].join(', '),
          }),
        );
      else mask |= 1 << i;
    });
  let percent: DecimalString | null = null;
  if (raw.percent !== undefined) {
    const p = parseDecimal(raw.percent, [...path, 'percent']);
    if (p.ok) percent = p.value;
    else issues.push(...p.issues);
  }
  let count: number | null = null;
  if (raw.count !== undefined) {
    if (Number.isSafeInteger(raw.count) && raw.count >= 0) count = raw.count;
    else
      issues.push(
        issue('input.invalid-type', [...path, 'count'], {
          expected: 'integer ≥ 0',
          received: String(raw.count),
        }),
      );
  }
  if (raw.percent === undefined && raw.count === undefined)
    issues.push(issue('organisation.constraint-without-limit', path, { id: String(raw.id) }));
  if (issues.length > before) return undefined;
  return {
    id: raw.id,
    predikat: [...raw.predikat],
    bound: raw.bound,
    percent,
    percentDec: percent === null ? null : decOf(percent),
    count,
    mask,
  };
}

function compile(source: DistributionSource, unitPredikat: string): Result<CompiledCurve> {
  const policy: DistributionPolicy | undefined = isPolicy(source) ? source : source.distribution;
  const base: PathSegment[] = isPolicy(source) ? [] : ['distribution'];
  if (policy === undefined || !isRecord(policy) || !isRecord(policy.curves))
    return err([issue('organisation.no-curves', base)]);
  const codes = isPolicy(source) ? (source.predikat ?? DEFAULT_PREDIKAT) : source.predikat.map((p) => p.code);
  if (codes.length === 0 || codes.length > MAX_CODES)
    return err([issue('organisation.too-many-predikat', base, { count: codes.length, max: MAX_CODES })]);
  const codeIndex = new Map<string, number>();
  for (const c of codes) if (!codeIndex.has(c)) codeIndex.set(c, codeIndex.size);
  const curve = Object.hasOwn(policy.curves, unitPredikat) ? policy.curves[unitPredikat] : undefined;
  if (curve === undefined)
    return err([
      issue('organisation.unknown-unit-predikat', ['unitPredikat'], {
        unit: unitPredikat,
        available: Object.keys(policy.curves).join(', '),
      }),
    ]);
  const issues: Issue[] = [];
  const path = [...base, 'curves', unitPredikat];
  const constraints: CompiledConstraint[] = [];
  if (!Array.isArray(curve))
    issues.push(issue('input.invalid-type', path, { expected: 'array', received: typeof curve }));
  else
    curve.forEach((raw, i) => {
      const c = compileConstraint(raw, [...path, i], codeIndex, issues);
      if (c) constraints.push(c);
    });
  const counting = policy.counting ?? {};
  const minimumUnitSize = policy.minimumUnitSize ?? 0;
  if (!Number.isSafeInteger(minimumUnitSize) || minimumUnitSize < 0)
    issues.push(
      issue('input.invalid-type', [...base, 'minimumUnitSize'], {
        expected: 'integer ≥ 0',
        received: String(minimumUnitSize),
      }),
    );
  if (issues.length > 0) return err(issues);
  return ok({
    unitPredikat,
    codes: [...codeIndex.keys()],
    codeIndex,
    constraints,
    structure: movesStructure(codeIndex.size, constraints),
    countMax: counting.max === 'ceil' ? 'ceil' : 'floor',
    countMin: counting.min === 'floor' ? 'floor' : 'ceil',
    minimumUnitSize,
    blocksFinalisation: policy.blocksFinalisation === true,
    limitsBySize: new Map(),
  });
}

/**
 * The curve of `unitPredikat` under `source`, validated and prepared once per source object and
 * unit predikat (the source is treated as immutable).
 */
export function compiledCurve(source: DistributionSource, unitPredikat: string): Result<CompiledCurve> {
  let byUnit = cache.get(source);
  if (!byUnit) {
    byUnit = new Map();
    cache.set(source, byUnit);
  }
  let hit = byUnit.get(unitPredikat);
  if (!hit) {
    hit = compile(source, unitPredikat);
    byUnit.set(unitPredikat, hit);
  }
  return hit;
}

/**
 * ⌊p·n/100⌋ or ⌈p·n/100⌉, exactly: the product and quotient are exact rationals of the decimal
 * module, rounded to an integer there, and converted back through a checked integer.
 */
function share(percent: Dec, n: number, mode: 'floor' | 'ceil'): number {
  const q = dRound(dDiv(dMul(percent, dFromInt(n)), DEC_HUNDRED), 0, mode === 'floor' ? 'floor' : 'ceiling');
  // A share beyond the safe integers (a percent far above 100, or far below 0) limits nothing
  // (or everything) all the same: it is clamped to the safe range.
  if (dCmp(q, SAFE_MAX) > 0) return Number.MAX_SAFE_INTEGER;
  if (dCmp(q, SAFE_MIN) < 0) return -Number.MAX_SAFE_INTEGER;
  return decToInt(q);
}

const SAFE_MAX = dFromInt(Number.MAX_SAFE_INTEGER);
const SAFE_MIN = dFromInt(-Number.MAX_SAFE_INTEGER);

/**
 * The limits in people of each constraint for a unit of n: a share by the counting rule of its
 * bound; a count as is; both, the stricter.
 */
export function limitsFor(curve: CompiledCurve, n: number): readonly number[] {
  const hit = curve.limitsBySize.get(n);
  if (hit) return hit;
  const limits = curve.constraints.map((c) => {
    const max = c.bound === 'max';
    const byShare =
      c.percentDec === null ? null : share(c.percentDec, n, max ? curve.countMax : curve.countMin);
    if (byShare === null) return c.count as number;
    if (c.count === null) return byShare;
    return max ? Math.min(byShare, c.count) : Math.max(byShare, c.count);
  });
  if (curve.limitsBySize.size >= LIMITS_CACHE_SIZE) curve.limitsBySize.clear();
  curve.limitsBySize.set(n, limits);
  return limits;
}

/** The counts by code index from counts by code or a list of employees; issues under `people`. */
export function countPeople(curve: CompiledCurve, people: unknown): Result<{ counts: number[]; n: number }> {
  const { codeIndex } = curve;
  const counts = new Array<number>(codeIndex.size).fill(0);
  const issues: Issue[] = [];
  const available = (): string => [...codeIndex.keys()].join(', ');
  if (Array.isArray(people)) {
    const seen = new Map<string, number>();
    for (let i = 0; i < people.length; i++) {
      const m: unknown = people[i];
      if (!isRecord(m)) {
        issues.push(issue('input.invalid-type', [i], { expected: 'object', received: typeof m }));
        continue;
      }
      const idx = typeof m.predikat === 'string' ? codeIndex.get(m.predikat) : undefined;
      if (idx === undefined)
        issues.push(
          m.predikat === undefined
            ? issue('input.required', [i, 'predikat'])
            : issue('organisation.unknown-predikat', [i, 'predikat'], {
                code: String(m.predikat),
                available: available(),
              }),
        );
      else counts[idx] = (counts[idx] as number) + 1;
      if (typeof m.id !== 'string') issues.push(issue('input.required', [i, 'id']));
      else {
        const first = seen.get(m.id);
        if (first !== undefined)
          issues.push(issue('organisation.duplicate-employee', [i, 'id'], { id: m.id, first }));
        else seen.set(m.id, i);
      }
    }
    if (issues.length > 0) return err(prefixIssues(['people'], issues));
    return ok({ counts, n: people.length });
  }
  if (!isRecord(people))
    return err([
      issue('input.invalid-type', ['people'], { expected: 'object or array', received: typeof people }),
    ]);
  let n = 0;
  for (const [code, value] of Object.entries(people)) {
    const idx = codeIndex.get(code);
    if (idx === undefined) {
      issues.push(issue('organisation.unknown-predikat', [code], { code, available: available() }));
      continue;
    }
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      issues.push(
        issue('input.invalid-type', [code], {
          expected: 'integer ≥ 0',
          received: JSON.stringify(value) ?? 'undefined',
        }),
      );
      continue;
    }
    counts[idx] = value;
    n += value;
    if (!Number.isSafeInteger(n)) {
      issues.push(issue('input.too-big', [code], { maximum: Number.MAX_SAFE_INTEGER }));
      break;
    }
  }
  if (issues.length > 0) return err(prefixIssues(['people'], issues));
  return ok({ counts, n });
}
