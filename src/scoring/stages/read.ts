import { type DateRange, type IsoDate, parseIsoDate } from '../../date/index';
import { DEC_ZERO, type Dec, type DecimalString, dCmp, decOf, dFromInt, fromDec } from '../../decimal/index';
import { type ExplanationNode, issue, type PathSegment } from '../../explain/index';
import { scoringMessages } from '../../explain/messages/scoring';
import { UNIT_PREDIKAT } from '../../ruleset/index';
import type { CompiledKind, RulesetInternals } from '../compile';
import { type IndicatorFields, KINDS } from '../measures';
import { asObject, display, fastNonNegative, nonEmpty, own, type Reader, typeName } from '../read';

/** One indicator as read: its identity, kind, weight, justification and typed fields. */
export interface IndicatorRead {
  readonly id: string;
  readonly index: number;
  readonly kind: CompiledKind;
  readonly weight: Dec | undefined;
  readonly justification: string | undefined;
  /** The kind's fields, typed; undefined when any of them is invalid (issues reported). */
  readonly fields: IndicatorFields | undefined;
}

/** The points a bonus gives, with its explanation (none when its input is absent). */
export interface BonusRead {
  readonly value: Dec;
  readonly node: ExplanationNode | undefined;
}

/**
 * One evaluation input read once, typed and validated against the ruleset: everything the pure
 * stages need. The ratings stay raw here: which of them are read, and how, depends on the
 * components (the reconcile stage reads them).
 */
export interface EvaluationRead {
  readonly employeeId: string | undefined;
  readonly unitHead: boolean;
  readonly period: DateRange | undefined;
  readonly unitPredikat: string | undefined;
  readonly flags: Readonly<Record<string, boolean>>;
  readonly ratings: Readonly<Record<string, unknown>> | undefined;
  readonly indicators: readonly IndicatorRead[];
  /** The bonuses of each component (aligned with the ruleset's components and their bonuses). */
  readonly bonuses: ReadonlyArray<ReadonlyArray<BonusRead | undefined>>;
}

// Fixed paths, shared (issues treat paths as read-only), so reading valid input allocates none.
const P_ROOT: readonly PathSegment[] = [];
const P_EMPLOYEE: readonly PathSegment[] = ['employee'];
const P_EMPLOYEE_ID: readonly PathSegment[] = ['employee', 'id'];
const P_UNIT_HEAD: readonly PathSegment[] = ['employee', 'unitHead'];
const P_PERIOD: readonly PathSegment[] = ['period'];
const P_START: readonly PathSegment[] = ['period', 'start'];
const P_END: readonly PathSegment[] = ['period', 'end'];
const P_ORG: readonly PathSegment[] = ['organisation'];
const P_ORG_UNIT: readonly PathSegment[] = ['organisation', 'unitId'];
/** The keys of `organisation`: the unit's predikat, and the unit's id (kept for the caller). */
const ORG_KEYS = new Set(['predikat', 'unitId']);
const P_FLAGS: readonly PathSegment[] = ['flags'];
const P_EXTRAS: readonly PathSegment[] = ['extras'];
const P_RATINGS: readonly PathSegment[] = ['ratings'];
const TOP_KEYS = new Set(['employee', 'period', 'organisation', 'indicators', 'ratings', 'flags', 'extras']);
const EXTRAS_KEYS = new Set(['tugasTambahan', 'kreativitas']);
const UNIT = new Set<string>(UNIT_PREDIKAT);

const INDICATOR_COMMON = ['id', 'kind', 'justification', 'label', 'weight'];
const INDICATOR_KEYS: Record<string, ReadonlySet<string>> = {
  'pp46-activity': new Set([...INDICATOR_COMMON, 'kuantitas', 'kualitas', 'waktu', 'biaya']),
  capaian: new Set([...INDICATOR_COMMON, 'direction', 'target', 'realisasi', 'maxAchievable']),
  ratio: new Set([...INDICATOR_COMMON, 'direction', 'target', 'realisasi']),
  'inverse-ratio': new Set([...INDICATOR_COMMON, 'direction', 'target', 'realisasi']),
  scale: new Set([...INDICATOR_COMMON, 'target', 'realisasi']),
  'yes-no': new Set([...INDICATOR_COMMON, 'target', 'realisasi']),
  breakpoint: new Set([...INDICATOR_COMMON, 'target', 'realisasi']),
  rated: new Set([...INDICATOR_COMMON, 'target', 'realisasi']),
};

/**
 * Stage 1, read: the input read once into an {@link EvaluationRead}, every problem an issue in
 * `rd` (absolute paths). Returns undefined when the input is not an object at all.
 */
export function readEvaluation(c: RulesetInternals, input: unknown, rd: Reader): EvaluationRead | undefined {
  const root = asObject(input) ?? rd.object(input, P_ROOT);
  if (!root) return undefined;
  rd.onlyKeys(root, TOP_KEYS, P_ROOT);

  // Who and when.
  const employee = rd.object(root.employee, P_EMPLOYEE, false);
  const employeeId = employee ? rd.string(employee.id, P_EMPLOYEE_ID, false) : undefined;
  const unitHead = employee ? (rd.boolean(employee.unitHead, P_UNIT_HEAD, false) ?? false) : false;
  let period: DateRange | undefined;
  const p = rd.object(root.period, P_PERIOD, false);
  if (p) {
    const s = readDate(p.start, P_START, rd);
    const e = readDate(p.end, P_END, rd);
    if (s !== undefined && e !== undefined) {
      if (e < s) rd.fail('date.range-reversed', P_END);
      else {
        period = { start: s, end: e };
        checkEffective(c, period, rd);
      }
    }
  }
  const org = rd.object(root.organisation, P_ORG, false);
  if (org) {
    // A typo such as `predikatt` is an issue, not a unit predikat silently left out.
    rd.onlyKeys(org, ORG_KEYS, P_ORG);
    if (org.unitId !== undefined) rd.string(org.unitId, P_ORG_UNIT, false);
  }
  let unitPredikat: string | undefined;
  if (org?.predikat !== undefined) {
    if (typeof org.predikat !== 'string' || !UNIT.has(org.predikat)) {
      rd.fail('input.invalid-value', ['organisation', 'predikat'], {
        expected: UNIT_PREDIKAT.map((u) => `"${u}"`).join(', '),
      });
    } else unitPredikat = org.predikat;
  }

  // Flags.
  const flags: Record<string, boolean> = {};
  const rawFlags = rd.object(root.flags, P_FLAGS, false);
  if (rawFlags) {
    for (const [flag, v] of Object.entries(rawFlags)) {
      if (!c.flags.has(flag)) {
        rd.fail('scoring.unknown-flag', ['flags', flag], { flag, available: [...c.flags].join(', ') });
        continue;
      }
      const b = rd.boolean(v, ['flags', flag]);
      if (b !== undefined) flags[flag] = b;
    }
  }

  // Extras (bonus inputs).
  const extras = rd.object(root.extras, P_EXTRAS, false);
  if (extras) rd.onlyKeys(extras, EXTRAS_KEYS, P_EXTRAS);

  const ratings = rd.object(root.ratings, P_RATINGS, false);
  const indicators = readIndicators(c, root.indicators, rd);
  const bonuses = c.components.map((comp) => comp.def.bonuses.map((b) => readBonus(c, b, rd, extras)));
  return { employeeId, unitHead, period, unitPredikat, flags, ratings, indicators, bonuses };
}

function readIndicators(c: RulesetInternals, rawIndicators: unknown, rd: Reader): IndicatorRead[] {
  const out: IndicatorRead[] = [];
  if (rawIndicators === undefined) return out;
  if (!Array.isArray(rawIndicators)) {
    rd.fail('input.invalid-type', ['indicators'], { expected: 'array', received: typeName(rawIndicators) });
    return out;
  }
  // Duplicate ids: a scan of the few indicators read so far (a Set once there are many).
  let seen: Set<string> | undefined;
  for (let index = 0; index < rawIndicators.length; index++) {
    const rawInd: unknown = rawIndicators[index];
    const path: PathSegment[] = ['indicators', index];
    const o = asObject(rawInd) ?? rd.object(rawInd, path);
    if (!o) continue;
    const id = nonEmpty(o.id) ?? rd.string(o.id, [...path, 'id']);
    const kindId = nonEmpty(o.kind) ?? rd.string(o.kind, [...path, 'kind']);
    if (id === undefined || kindId === undefined) continue;
    if (seen === undefined && out.length >= 32) seen = new Set(out.map((x) => x.id));
    const duplicate = seen ? seen.has(id) : out.some((x) => x.id === id);
    if (duplicate) rd.fail('scoring.duplicate-indicator', [...path, 'id'], { id });
    seen?.add(id);
    const kind = c.kinds.get(kindId);
    if (!kind) {
      rd.fail('scoring.unknown-kind', [...path, 'kind'], {
        kind: kindId,
        available: [...c.kinds.keys()].join(', '),
      });
      continue;
    }
    const keys = INDICATOR_KEYS[kind.def.measure];
    if (keys) rd.onlyKeys(o, keys, path);
    const justification =
      o.justification === undefined
        ? undefined
        : (nonEmpty(o.justification) ?? rd.string(o.justification, [...path, 'justification']));
    const catalogued = c.catalog.get(id);
    if (catalogued && catalogued.kind !== kindId) {
      rd.fail('scoring.kind-mismatch', [...path, 'kind'], { id, kind: kindId, expected: catalogued.kind });
    }
    const agg = kind.component.aggregate;
    let weight: Dec | undefined;
    if (agg.method === 'weighted' && agg.weights === 'input') {
      weight = fastNonNegative(o.weight) ?? rd.nonNegative(o.weight, [...path, 'weight']);
    } else if (agg.method === 'weighted' && agg.weights === 'catalog') {
      if (!catalogued) rd.fail('scoring.not-in-catalogue', [...path, 'id'], { id });
      else weight = c.catalogWeights.get(id);
    } else if (o.weight !== undefined) {
      weight = rd.nonNegative(o.weight, [...path, 'weight']);
    }
    const fields = KINDS[kind.def.measure].read(kind, rd, o, path);
    out.push({ id, index, kind, weight, justification, fields });
  }
  return out;
}

/** Reads the input of one bonus (a count or a level) into its points. Undefined: invalid. */
function readBonus(
  c: RulesetInternals,
  b: RulesetInternals['ruleset']['components'][number]['bonuses'][number],
  rd: Reader,
  extras: Record<string, unknown> | undefined,
): BonusRead | undefined {
  const table = own(c.ruleset.bonusTables, b.table);
  const raw = extras === undefined ? undefined : own(extras, b.input);
  if (!table || raw === undefined || raw === null) return NO_BONUS;
  const path = ['extras', b.input];
  if (table.kind === 'count') {
    // A count: a whole number ≥ 0, as a JSON number or a decimal string ("3").
    const d = rd.nonNegative(raw, path);
    if (d === undefined) return undefined;
    const count = fromDec(d);
    if (!/^\d+$/.test(count)) {
      rd.fail('input.invalid-type', path, { expected: 'a whole number ≥ 0', received: count });
      return undefined;
    }
    let points: DecimalString = table.steps[0]?.points ?? ('0' as DecimalString);
    for (const s of table.steps) if (dCmp(d, dFromInt(s.from)) >= 0) points = s.points;
    const value = decOf(points);
    return { value, node: { code: 'bonus.count', ref: b.table, inputs: { count }, output: fromDec(value) } };
  }
  const points = typeof raw === 'string' ? own(table.points, raw) : undefined;
  if (points === undefined) {
    rd.fail('scoring.unknown-level', path, {
      level: typeof raw === 'string' ? raw : display(raw),
      available: Object.keys(table.points).join(', '),
    });
    return undefined;
  }
  const value = decOf(points);
  return {
    value,
    node: { code: 'bonus.level', ref: b.table, inputs: { level: raw as string }, output: fromDec(value) },
  };
}
const NO_BONUS: BonusRead = Object.freeze({ value: DEC_ZERO, node: undefined });

/**
 * A period outside the ruleset's effective dates (`effective.from` … `effective.until`, inclusive)
 * is an error, or a warning beside the result when the ruleset says `outsideEffective: "warning"`.
 */
function checkEffective(c: RulesetInternals, period: { start: string; end: string }, rd: Reader): void {
  const { from, until } = c.effective;
  if (period.start >= from && (until === undefined || period.end <= until)) return;
  const severity = c.ruleset.outsideEffective ?? 'error';
  const i = issue(
    scoringMessages,
    'scoring.outside-effective',
    P_PERIOD,
    { start: period.start, end: period.end, ruleset: c.ref, from, until: until ?? '…' },
    severity,
  );
  if (severity === 'error') rd.issues.push(i);
  else rd.warnings.push(i);
}

/** A date of the period: required, a string, then a valid YYYY-MM-DD (as `isoDateSchema` reads it). */
function readDate(value: unknown, path: readonly PathSegment[], rd: Reader): IsoDate | undefined {
  if (value === undefined) return rd.fail('input.required', path);
  if (typeof value !== 'string')
    return rd.fail('input.invalid-type', path, { expected: 'string', received: typeName(value) });
  const r = parseIsoDate(value, path);
  if (r.ok) return r.value;
  rd.issues.push(...r.issues);
  return undefined;
}
