import type * as z from 'zod';
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
} from '../decimal/index';
import {
  deepFreeze,
  err,
  type Issue,
  isRecord,
  issue,
  ok,
  type PathSegment,
  parseWithSchema,
  type Result,
} from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { organisationMessages } from '../explain/messages/organisation';
import type { RulesetLike } from '../scoring/compile';
import { decToInt } from './ilp';
import { MAX_CODES, type MovesStructure, movesStructure } from './moves';
import { toCompiled } from './ruleset-source';
import { distributionPolicySchema, unitCountsSchema, unitMembersSchema } from './schemas';
import type { DistributionPolicy } from './types';

/** The predikat of PermenPANRB 6/2022, best first: the default codes of a bare policy. */
export const DEFAULT_PREDIKAT: readonly string[] = deepFreeze([
  'sangat-baik',
  'baik',
  'butuh-perbaikan',
  'kurang',
  'sangat-kurang',
]);

/**
 * What `checkDistribution` and {@link compileCurve} accept as the policy: a ruleset (a pack id, a
 * parsed or a compiled ruleset: its `distribution` section and its predikat list), a
 * {@link DistributionPolicy} of your own, or (`checkDistribution` only) a {@link CompiledCurve}.
 *
 * @category Organisation
 * @example
 * ```ts
 * const a: DistributionSource = 'permenpanrb-6-2022';
 * const b: DistributionSource = { curves: { baik: [{ id: 'baik-max-70', predikat: ['baik'], bound: 'max', percent: 70 }] } };
 * ```
 */
export type DistributionSource = RulesetLike | DistributionPolicy | CompiledCurve;

/**
 * One constraint of a {@link CompiledCurve}, validated: the predikat it counts, whether it is an
 * upper (`max`) or lower (`min`) bound, and the bound as a percentage or a head count.
 *
 * @category Organisation
 * @example
 * ```ts
 * const curve = unwrap(compileCurve('permenpanrb-6-2022', 'baik'));
 * curve.constraints.map((c) => `${c.bound} ${c.percent ?? c.count} ${c.predikat.join('+')}`);
 * ```
 */
export interface CompiledConstraint {
  readonly id: string;
  readonly predikat: readonly string[];
  readonly bound: 'max' | 'min';
  readonly percent: DecimalString | null;
  /** @internal */ readonly percentDec: Dec | null;
  readonly count: number | null;
  /** @internal */ readonly mask: number;
}

/** The brand of a compiled curve: module-private, so only {@link compileCurve} makes one. */
const CURVE: unique symbol = Symbol('kinerja.compiled-curve');

/**
 * The curve of one unit predikat, validated and prepared by {@link compileCurve}: a deeply frozen
 * copy, so checking many units with it does no validation at all and nothing the caller changes
 * afterwards affects it.
 *
 * @category Organisation
 * @example
 * ```ts
 * const curve = unwrap(compileCurve('permenpanrb-6-2022', 'baik'));
 * curve.codes; // ['sangat-baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang']
 * checkDistribution(curve, 'baik', { baik: 8, kurang: 2 });
 * ```
 */
export interface CompiledCurve {
  /** @internal */ readonly [CURVE]: true;
  readonly unitPredikat: string;
  /** The predikat codes employees may hold, best first. */
  readonly codes: readonly string[];
  readonly constraints: readonly CompiledConstraint[];
  readonly countMax: 'floor' | 'ceil';
  readonly countMin: 'floor' | 'ceil';
  readonly minimumUnitSize: number;
  readonly blocksFinalisation: boolean;
  /** @internal */ readonly codeIndex: ReadonlyMap<string, number>;
  /** @internal */ readonly structure: MovesStructure;
}

/** Whether `value` is a curve {@link compileCurve} made (a brand check, not an identity cache). */
export function isCompiledCurve(value: unknown): value is CompiledCurve {
  return isRecord(value) && (value as { [CURVE]?: unknown })[CURVE] === true;
}

type Policy = z.output<typeof distributionPolicySchema>;

function compileConstraint(
  raw: Policy['curves'][string][number],
  path: readonly PathSegment[],
  codeIndex: ReadonlyMap<string, number>,
  issues: Issue[],
): CompiledConstraint | undefined {
  const before = issues.length;
  let mask = 0;
  raw.predikat.forEach((code, j) => {
    const i = codeIndex.get(code);
    if (i === undefined)
      issues.push(
        issue(organisationMessages, 'organisation.unknown-predikat', [...path, 'predikat', j], {
          code,
          available: [...codeIndex.keys()].join(', '),
        }),
      );
    else mask |= 1 << i;
  });
  if (raw.percent === undefined && raw.count === undefined)
    issues.push(issue(organisationMessages, 'organisation.constraint-without-limit', path, { id: raw.id }));
  if (issues.length > before) return undefined;
  const percent = raw.percent ?? null;
  return {
    id: raw.id,
    predikat: [...raw.predikat],
    bound: raw.bound,
    percent,
    percentDec: percent === null ? null : decOf(percent),
    count: raw.count ?? null,
    mask,
  };
}

/** The policy and predikat codes of a source, parsed, with the path of the policy. */
function policyOf(
  source: unknown,
): Result<{ policy: Policy | undefined; codes: readonly string[]; base: PathSegment[] }> {
  if (isRecord(source) && 'curves' in source) {
    const parsed = parseWithSchema(distributionPolicySchema, source);
    if (!parsed.ok) return parsed;
    return ok({ policy: parsed.value, codes: parsed.value.predikat ?? DEFAULT_PREDIKAT, base: [] });
  }
  const compiled = toCompiled(source);
  if (!compiled.ok) return compiled;
  const r = compiled.value.ruleset;
  return ok({ policy: r.distribution, codes: r.predikat.map((p) => p.code), base: ['distribution'] });
}

/**
 * Validates the curve of `unitPredikat` under `source` (a pack id, a parsed or compiled
 * ruleset, or a {@link DistributionPolicy}) and prepares it for checking units of any size:
 * the result is a deeply frozen copy, accepted by {@link checkDistribution} in place of the
 * source. Compile once to check many units; invalid policies and unknown unit predikat come back
 * as issues (`organisation.no-curves`, `organisation.unknown-unit-predikat`,
 * `organisation.unknown-predikat`, `organisation.constraint-without-limit`, …).
 *
 * @category Organisation
 * @example
 * ```ts
 * const curve = compileCurve('permenpanrb-6-2022', 'baik');
 * if (curve.ok) checkDistribution(curve.value, 'baik', { 'sangat-baik': 1, baik: 8, 'butuh-perbaikan': 1 });
 * compileCurve('permenpanrb-6-2022', 'luar-biasa'); // { ok: false, issues: [{ code: 'organisation.unknown-unit-predikat', … }] }
 * ```
 */
export function compileCurve(
  source: DistributionPolicy | RulesetLike,
  unitPredikat: string,
): Result<CompiledCurve> {
  if (typeof unitPredikat !== 'string')
    return err([
      issue(commonMessages, 'input.invalid-type', ['unitPredikat'], {
        expected: 'string',
        received: kindOf(unitPredikat),
      }),
    ]);
  const found = policyOf(source);
  if (!found.ok) return found;
  const { policy, codes, base } = found.value;
  if (policy === undefined) return err([issue(organisationMessages, 'organisation.no-curves', base)]);
  if (codes.length === 0 || codes.length > MAX_CODES)
    return err([
      issue(organisationMessages, 'organisation.too-many-predikat', base, {
        count: codes.length,
        max: MAX_CODES,
      }),
    ]);
  const codeIndex = new Map<string, number>();
  for (const c of codes) if (!codeIndex.has(c)) codeIndex.set(c, codeIndex.size);
  const curve = Object.hasOwn(policy.curves, unitPredikat) ? policy.curves[unitPredikat] : undefined;
  if (curve === undefined)
    return err([
      issue(organisationMessages, 'organisation.unknown-unit-predikat', ['unitPredikat'], {
        unit: unitPredikat,
        available: Object.keys(policy.curves).join(', '),
      }),
    ]);
  const issues: Issue[] = [];
  const path = [...base, 'curves', unitPredikat];
  const constraints: CompiledConstraint[] = [];
  curve.forEach((raw, i) => {
    const c = compileConstraint(raw, [...path, i], codeIndex, issues);
    if (c) constraints.push(c);
  });
  if (issues.length > 0) return err(issues);
  const compiled: CompiledCurve = {
    [CURVE]: true,
    unitPredikat,
    codes: [...codeIndex.keys()],
    constraints,
    countMax: policy.counting.max,
    countMin: policy.counting.min,
    minimumUnitSize: policy.minimumUnitSize,
    blocksFinalisation: policy.blocksFinalisation,
    codeIndex,
    structure: movesStructure(codeIndex.size, constraints),
  };
  return ok(deepFreeze(compiled));
}

/** The curve to check with: a compiled one as is (for its own unit predikat), else compiled now. */
export function curveFor(source: unknown, unitPredikat: string): Result<CompiledCurve> {
  if (!isCompiledCurve(source))
    return compileCurve(source as DistributionSource as RulesetLike, unitPredikat);
  if (source.unitPredikat === unitPredikat) return ok(source);
  return err([
    issue(organisationMessages, 'organisation.unknown-unit-predikat', ['unitPredikat'], {
      unit: typeof unitPredikat === 'string' ? unitPredikat : kindOf(unitPredikat),
      available: source.unitPredikat,
    }),
  ]);
}

function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
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
  return curve.constraints.map((c) => {
    const max = c.bound === 'max';
    const byShare =
      c.percentDec === null ? null : share(c.percentDec, n, max ? curve.countMax : curve.countMin);
    if (byShare === null) return c.count as number;
    if (c.count === null) return byShare;
    return max ? Math.min(byShare, c.count) : Math.max(byShare, c.count);
  });
}

/**
 * The counts by code index from `{ unitPredikat, people }`: the schema first
 * ({@link distributionInputSchema}), then the codes against the curve and each employee once.
 * Issues under `people` come in the order of the input.
 */
export function countPeople(curve: CompiledCurve, people: unknown): Result<{ counts: number[]; n: number }> {
  const { codeIndex } = curve;
  const counts = new Array<number>(codeIndex.size).fill(0);
  const available = (): string => [...codeIndex.keys()].join(', ');
  const list = Array.isArray(people);
  const parsed = parseWithSchema(list ? unitMembersSchema : unitCountsSchema, people, ['people']);
  if (!parsed.ok && !isRecord(people) && !list) return parsed;
  // Issues by position in the input (index or key order), so that schema and curve issues interleave.
  const byPosition = new Map<string | number, Issue[]>();
  const add = (at: string | number, i: Issue): void => {
    const l = byPosition.get(at);
    if (l) l.push(i);
    else byPosition.set(at, [i]);
  };
  if (!parsed.ok) for (const i of parsed.issues) add(i.path[1] ?? '', i);
  let n = 0;
  if (Array.isArray(people)) {
    const seen = new Map<string, number>();
    for (let i = 0; i < people.length; i++) {
      if (byPosition.has(i)) continue;
      const m = people[i] as { id: string; predikat: string };
      const idx = codeIndex.get(m.predikat);
      if (idx === undefined)
        add(
          i,
          issue(organisationMessages, 'organisation.unknown-predikat', ['people', i, 'predikat'], {
            code: m.predikat,
            available: available(),
          }),
        );
      else counts[idx] = (counts[idx] as number) + 1;
      const first = seen.get(m.id);
      if (first !== undefined)
        add(
          i,
          issue(organisationMessages, 'organisation.duplicate-employee', ['people', i, 'id'], {
            id: m.id,
            first,
          }),
        );
      else seen.set(m.id, i);
    }
    n = people.length;
  } else {
    const record = people as Record<string, unknown>;
    for (const code of Object.keys(record)) {
      if (byPosition.has(code)) continue;
      const idx = codeIndex.get(code);
      if (idx === undefined) {
        add(
          code,
          issue(organisationMessages, 'organisation.unknown-predikat', ['people', code], {
            code,
            available: available(),
          }),
        );
        continue;
      }
      const value = record[code] as number;
      counts[idx] = value;
      n += value;
      if (!Number.isSafeInteger(n)) {
        add(
          code,
          issue(commonMessages, 'input.too-big', ['people', code], { maximum: Number.MAX_SAFE_INTEGER }),
        );
        break;
      }
    }
  }
  if (byPosition.size === 0) return ok({ counts, n });
  const order: (string | number)[] = list
    ? [...byPosition.keys()].sort((a, b) => Number(a) - Number(b))
    : [
        ...Object.keys(people as object).filter((k) => byPosition.has(k)),
        ...[...byPosition.keys()].filter((k) => !Object.hasOwn(people as object, k)),
      ];
  return err(order.flatMap((k) => byPosition.get(k) ?? []));
}
