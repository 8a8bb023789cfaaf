import type { DecimalString } from '../decimal/index';
import {
  DEC_HUNDRED,
  DEC_ZERO,
  type Dec,
  dAdd,
  dCmp,
  dDiv,
  dFromInt,
  dGt,
  dIsZero,
  dLt,
  dMul,
  dSub,
  dToFixed,
  fromDec,
} from '../decimal/index';
import type { ExplanationNode, PathSegment } from '../explain/index';
import { indexOfInterval } from '../ruleset/index';
import type { CompiledKind, CompiledSegment, CompiledTable, Recorded, RulesetInternals } from './compile';
import { asObject, fastNonNegative, fastPositive, isDecimalObject, type Reader, typeName } from './read';

/** What measuring one indicator produced. */
export interface Measured {
  readonly score: Recorded | undefined;
  readonly capaian: Recorded | undefined;
  /** The recorded aspect values as text (pp46-activity). */
  readonly aspectTexts?: Record<string, DecimalString>;
  readonly belowTarget: boolean;
  readonly node: ExplanationNode;
}

const TWO = dFromInt(2);

/**
 * The fields of one indicator as read (typed and validated), by how its kind is measured. Reading
 * never computes; measuring never reads the input.
 */
export type IndicatorFields =
  | { readonly measure: 'pp46-activity'; readonly aspects: Pp46Aspects }
  | { readonly measure: 'capaian'; readonly capaian: CapaianFields }
  | { readonly measure: 'scale'; readonly value: Dec; readonly target: Dec | undefined }
  | { readonly measure: 'yes-no'; readonly yes: boolean }
  | { readonly measure: 'breakpoint'; readonly r: Dec; readonly t: Dec | undefined }
  | { readonly measure: 'rated' };

/** Reads the fields of one indicator of a kind (issues at `path`); undefined when any is invalid. */
type ReadFields = (
  kind: CompiledKind,
  rd: Reader,
  raw: Raw,
  path: readonly PathSegment[],
) => IndicatorFields | undefined;

/**
 * Scores the fields read: pure but for the issues only the ruleset can raise (a value outside a
 * table or scale, a zero realisation in an inverse ratio), reported at `path`.
 */
type Measure = (
  c: RulesetInternals,
  kind: CompiledKind,
  fields: IndicatorFields,
  rd: Reader,
  path: readonly PathSegment[],
  id: string,
) => Measured | undefined;

/** Applies a cap and a floor; returns the value and whether one applied. */
export function capFloor(d: Dec, cap: Dec | undefined, floor: Dec | undefined): Dec {
  if (cap !== undefined && dGt(d, cap)) return cap;
  if (floor !== undefined && dLt(d, floor)) return floor;
  return d;
}

/** Looks a value up in a conversion table; undefined when no segment contains it. */
export function lookupTable(table: CompiledTable, x: Dec): { value: Dec; segment: number } | undefined {
  const i = indexOfInterval(table.segments, x);
  if (i < 0) return undefined;
  const s = table.segments[i] as CompiledSegment;
  let y: Dec;
  if (s.constant !== undefined) y = s.constant;
  else if (s.linear) y = dAdd(s.linear.y0, dDiv(dMul(dSub(x, s.linear.x0), s.linear.dy), s.linear.dx));
  else return undefined; // validation requires a constant or a line
  return { value: capFloor(y, s.cap, s.floor), segment: i };
}

const ratio = (r: Dec, t: Dec): Dec => dDiv(dMul(r, DEC_HUNDRED), t);

type Raw = Record<string, unknown>;

/** A target and its realisation, with the inputs as given (shown in explanations). */
interface TargetRealisationValue {
  readonly t: Dec;
  readonly r: Dec;
  readonly tText: string | number;
  readonly rText: string | number;
}

/** The aspects of a PP 46/2011 activity as read. */
export interface Pp46Aspects {
  readonly kuantitas: TargetRealisationValue;
  readonly kualitas: TargetRealisationValue;
  readonly waktu: TargetRealisationValue;
  readonly biaya: TargetRealisationValue | undefined;
}

/** A capaian indicator as read: its direction, its target (or target range) and realisation. */
export interface CapaianFields {
  readonly direction: string;
  readonly tMin: Dec;
  readonly tMax: Dec;
  readonly r: Dec;
  readonly maxAchievable: boolean;
}

function targetRealisation(
  rd: Reader,
  raw: Raw,
  field: string,
  path: readonly PathSegment[],
  required: boolean,
): TargetRealisationValue | undefined {
  const value = raw[field];
  const o = asObject(value) ?? rd.object(value, [...path, field], required);
  if (!o) return undefined;
  rd.onlyKeys(o, TR_KEYS, path, field);
  // Paths are built only for an issue: valid values take the fast path.
  const t = fastPositive(o.target) ?? rd.positive(o.target, [...path, field, 'target']);
  const r = fastNonNegative(o.realisasi) ?? rd.nonNegative(o.realisasi, [...path, field, 'realisasi']);
  if (t === undefined || r === undefined) return undefined;
  return { t, r, tText: asGiven(o.target, t), rText: asGiven(o.realisasi, r) };
}

/** An input as given, for an explanation: a number or a string itself, a decimal object as its canonical string. */
function asGiven(value: unknown, d: Dec): string | number {
  return typeof value === 'number' || typeof value === 'string' ? value : fromDec(d);
}
const TR_KEYS = new Set(['target', 'realisasi']);

const readPp46: ReadFields = (_kind, rd, raw, path) => {
  const before = rd.issues.length;
  const kuantitas = targetRealisation(rd, raw, 'kuantitas', path, true);
  const kualitas = targetRealisation(rd, raw, 'kualitas', path, true);
  const waktu = targetRealisation(rd, raw, 'waktu', path, true);
  const biaya = targetRealisation(rd, raw, 'biaya', path, false);
  if (rd.issues.length > before || !kuantitas || !kualitas || !waktu) return undefined;
  return { measure: 'pp46-activity', aspects: { kuantitas, kualitas, waktu, biaya } };
};

/** PP 46/2011 activity: kuantitas, kualitas, waktu and biaya (docs/regulations.md). */
const measurePp46: Measure = (c, kind, fields, _rd, _path, id) => {
  if (fields.measure !== 'pp46-activity') return undefined;
  const { kuantitas, kualitas, waktu, biaya } = fields.aspects;
  const notDone = kind.def.measure === 'pp46-activity' && kind.def.notDoneScoresZero && dIsZero(kuantitas.r);
  const aq = pp46Aspect(c, kind, 'kuantitas', kuantitas, notDone);
  const al = pp46Aspect(c, kind, 'kualitas', kualitas, notDone);
  const aw = pp46Aspect(c, kind, 'waktu', waktu, notDone);
  const ab = biaya ? pp46Aspect(c, kind, 'biaya', biaya, notDone) : undefined;
  let total = dAdd(dAdd(aq.rec.carry, al.rec.carry), aw.rec.carry);
  if (ab) total = dAdd(total, ab.rec.carry);
  const n = ab ? 4 : 3;
  const score = c.record('indicator', capFloor(dDiv(total, dFromInt(n)), kind.cap, kind.floor));
  const aspectTexts: Record<string, DecimalString> = ab
    ? { kuantitas: aq.rec.text, kualitas: al.rec.text, waktu: aw.rec.text, biaya: ab.rec.text }
    : { kuantitas: aq.rec.text, kualitas: al.rec.text, waktu: aw.rec.text };
  return {
    score,
    capaian: undefined,
    aspectTexts,
    belowTarget: notDone || aq.below || al.below || aw.below || (ab?.below ?? false),
    node: {
      code: 'indicator.pp46-activity',
      ref: id,
      inputs: { aspects: n },
      output: score.text,
      children: ab ? [aq.node, al.node, aw.node, ab.node] : [aq.node, al.node, aw.node],
    },
  };
};

/** One aspect of a PP 46/2011 activity: its recorded score, whether it missed, its explanation. */
function pp46Aspect(
  c: RulesetInternals,
  kind: CompiledKind,
  name: 'kuantitas' | 'kualitas' | 'waktu' | 'biaya',
  a: TargetRealisationValue,
  notDone: boolean,
): { rec: Recorded; below: boolean; node: ExplanationNode } {
  let value: Dec;
  let code: string;
  let below: boolean;
  let efficiency: DecimalString | undefined;
  if (notDone) {
    value = DEC_ZERO;
    code = 'aspect.not-done';
    below = true;
  } else if (name === 'kuantitas' || name === 'kualitas') {
    value = ratio(a.r, a.t);
    code = 'aspect.ratio';
    below = dLt(a.r, a.t);
  } else {
    const boundary = kind.params.boundary ?? DEC_ZERO;
    const factor100 = kind.params.factor100 ?? DEC_ZERO;
    // e = 100 − R/T×100 ≤ boundary  ⇔  R×100 ≥ (100 − boundary)×T: compared without division, exactly.
    const firstBranch = dCmp(dMul(a.r, DEC_HUNDRED), dMul(dSub(DEC_HUNDRED, boundary), a.t)) >= 0;
    // (factor×T − R)/T×100 = factor×100 − R/T×100, exactly; the second branch is
    // (factor×100 − 100) − (that − 100).
    const pct = ratio(a.r, a.t);
    const s = dSub(factor100, pct);
    value = firstBranch ? s : dSub(dSub(factor100, DEC_HUNDRED), dSub(s, DEC_HUNDRED));
    code = firstBranch ? 'aspect.efficiency' : 'aspect.efficiency-high';
    // The efficiency is shown, not used: two decimals are enough to read the branch taken.
    efficiency = dToFixed(dSub(DEC_HUNDRED, pct), 2, 'half-up');
    below = dGt(a.r, a.t);
  }
  const floor = kind.params.aspectFloor;
  const floored = floor !== undefined && dLt(value, floor);
  const rec = c.record('aspect', floored ? (floor as Dec) : value);
  const inputs: Record<string, string | number> = { target: a.tText, realisasi: a.rText };
  if (efficiency !== undefined) inputs.efficiency = efficiency;
  if (floored) inputs.floor = fromDec(floor as Dec);
  return { rec, below, node: { code, ref: name, inputs, output: rec.text } };
}

const DIRECTIONS = new Set(['higher-is-better', 'lower-is-better']);

const readCapaian: ReadFields = (kind, rd, raw, path) => {
  if (kind.def.measure !== 'capaian' && kind.def.measure !== 'ratio' && kind.def.measure !== 'inverse-ratio')
    return undefined;
  const before = rd.issues.length;
  let direction: string | undefined =
    kind.def.measure === 'capaian'
      ? kind.def.direction
      : kind.def.measure === 'ratio'
        ? 'higher-is-better'
        : 'lower-is-better';
  if (direction === undefined) {
    const d = raw.direction;
    if (d === undefined) rd.fail('scoring.missing-direction', [...path, 'direction']);
    else if (typeof d !== 'string' || !DIRECTIONS.has(d))
      rd.fail('input.invalid-value', [...path, 'direction'], {
        expected: '"higher-is-better", "lower-is-better"',
      });
    else direction = d;
  }
  let tMin: Dec | undefined;
  let tMax: Dec | undefined;
  const target = raw.target;
  if (typeof target === 'object' && target !== null && !Array.isArray(target) && !isDecimalObject(target)) {
    const o = target as Raw;
    rd.onlyKeys(o, RANGE_KEYS, [...path, 'target']);
    tMin = rd.positive(o.min, [...path, 'target', 'min']);
    tMax = rd.positive(o.max, [...path, 'target', 'max']);
    if (tMin !== undefined && tMax !== undefined && dGt(tMin, tMax))
      rd.fail('scoring.range-reversed', [...path, 'target']);
  } else {
    tMin = rd.positive(target, [...path, 'target']);
    tMax = tMin;
  }
  const r = rd.nonNegative(raw.realisasi, [...path, 'realisasi']);
  const maxAchievable = rd.boolean(raw.maxAchievable, [...path, 'maxAchievable'], false) ?? false;
  if (
    rd.issues.length > before ||
    tMin === undefined ||
    tMax === undefined ||
    r === undefined ||
    direction === undefined
  )
    return undefined;
  return { measure: 'capaian', capaian: { direction, tMin, tMax, r, maxAchievable } };
};
const RANGE_KEYS = new Set(['min', 'max']);

/** Capaian against a target or a target range, converted through a table (PP 30/2019 IKI). */
const measureCapaian: Measure = (c, kind, fields, rd, path, id) => {
  if (fields.measure !== 'capaian') return undefined;
  const { direction, tMin, tMax, r, maxAchievable } = fields.capaian;
  const lowerIsBetter = direction === 'lower-is-better';
  const inverse =
    kind.def.measure === 'inverse-ratio' ||
    (kind.def.measure === 'capaian' && kind.def.lowerIsBetter === 'inverse-ratio');
  // With a range, compare with the bound the realisation passed; inside the range is 100%.
  const t = dGt(r, tMax) ? tMax : dLt(r, tMin) ? tMin : undefined;
  let cap: Dec;
  if (t === undefined) cap = DEC_HUNDRED;
  else if (!lowerIsBetter) cap = ratio(r, t);
  else if (inverse) {
    if (dIsZero(r)) return rd.fail('scoring.zero-realisation', [...path, 'realisasi']);
    cap = ratio(t, r);
  } else cap = dMul(dSub(TWO, dDiv(r, t)), DEC_HUNDRED);
  const capaian = c.record('capaian', cap);
  const inputs: Record<string, string | boolean> = {
    direction,
    target: tMin === tMax ? fromDec(tMin) : `${fromDec(tMin)}–${fromDec(tMax)}`,
    realisasi: fromDec(r),
  };
  const children: ExplanationNode[] = [
    {
      code: lowerIsBetter ? (inverse ? 'capaian.inverse' : 'capaian.lower') : 'capaian.higher',
      inputs,
      output: capaian.text,
    },
  ];
  let value: Dec;
  const maxValue = kind.params.maxAchievable;
  if (maxAchievable && maxValue !== undefined && dCmp(capaian.carry, DEC_HUNDRED) >= 0) {
    value = maxValue;
    children.push({ code: 'conversion.max-achievable', output: fromDec(maxValue) });
  } else if (kind.table) {
    const x = c.conversionInput(kind, capaian.carry);
    const hit = lookupTable(kind.table, x);
    if (!hit)
      return rd.fail('scoring.outside-table', [...path, 'realisasi'], {
        value: fromDec(x),
        table: kind.table.id,
      });
    value = hit.value;
    children.push({
      code: 'conversion.table',
      ref: kind.table.id,
      inputs: { capaian: fromDec(x), segment: hit.segment },
      output: fromDec(value),
    });
  } else value = capaian.carry;
  const score = c.record('indicator', capFloor(value, kind.cap, kind.floor));
  return {
    score,
    capaian,
    belowTarget: dLt(capaian.carry, DEC_HUNDRED),
    node: { code: `indicator.${kind.def.measure}`, ref: id, output: score.text, children },
  };
};

const readScale: ReadFields = (_kind, rd, raw, path) => {
  const value = rd.decimal(raw.realisasi, [...path, 'realisasi']);
  const target = rd.decimal(raw.target, [...path, 'target'], false);
  if (value === undefined) return undefined;
  return { measure: 'scale', value, target };
};

/** A value on a scale (e.g. 1–5) mapped linearly onto 0–100. */
const measureScale: Measure = (c, kind, fields, rd, path, id) => {
  if (fields.measure !== 'scale') return undefined;
  const min = kind.params.min ?? DEC_ZERO;
  const max = kind.params.max ?? DEC_HUNDRED;
  const { value: v, target: t } = fields;
  if (dLt(v, min) || dGt(v, max)) {
    return rd.fail('scoring.out-of-range', [...path, 'realisasi'], {
      value: fromDec(v),
      min: fromDec(min),
      max: fromDec(max),
    });
  }
  const score = c.record('indicator', capFloor(ratio(dSub(v, min), dSub(max, min)), kind.cap, kind.floor));
  return {
    score,
    capaian: undefined,
    belowTarget: t !== undefined && dLt(v, t),
    node: {
      code: 'indicator.scale',
      ref: id,
      inputs: { value: fromDec(v), min: fromDec(min), max: fromDec(max) },
      output: score.text,
    },
  };
};

const readYesNo: ReadFields = (_kind, rd, raw, path) => {
  const yes = rd.boolean(raw.realisasi, [...path, 'realisasi']);
  return yes === undefined ? undefined : { measure: 'yes-no', yes };
};

/** Yes or no. */
const measureYesNo: Measure = (c, kind, fields, _rd, _path, id) => {
  if (fields.measure !== 'yes-no') return undefined;
  const yes = fields.yes;
  const score = c.record('indicator', (yes ? kind.params.yes : kind.params.no) ?? DEC_ZERO);
  return {
    score,
    capaian: undefined,
    belowTarget: !yes,
    node: { code: 'indicator.yes-no', ref: id, inputs: { realisasi: yes }, output: score.text },
  };
};

const readBreakpoint: ReadFields = (kind, rd, raw, path) => {
  if (kind.def.measure !== 'breakpoint' || !kind.table) return undefined;
  const useCapaian = kind.def.input === 'capaian';
  const r = useCapaian
    ? rd.nonNegative(raw.realisasi, [...path, 'realisasi'])
    : rd.decimal(raw.realisasi, [...path, 'realisasi']);
  const t = useCapaian
    ? rd.positive(raw.target, [...path, 'target'])
    : rd.decimal(raw.target, [...path, 'target'], false);
  if (r === undefined || (useCapaian && t === undefined)) return undefined;
  return { measure: 'breakpoint', r, t };
};

/** A realisation (or its capaian) looked up in a breakpoint table. */
const measureBreakpoint: Measure = (c, kind, fields, rd, path, id) => {
  if (fields.measure !== 'breakpoint' || kind.def.measure !== 'breakpoint' || !kind.table) return undefined;
  const { r, t } = fields;
  const useCapaian = kind.def.input === 'capaian';
  const capaian = useCapaian && t !== undefined ? c.record('capaian', ratio(r, t)) : undefined;
  const x = capaian ? capaian.carry : r;
  const hit = lookupTable(kind.table, x);
  if (!hit)
    return rd.fail('scoring.outside-table', [...path, 'realisasi'], {
      value: fromDec(x),
      table: kind.table.id,
    });
  const score = c.record('indicator', capFloor(hit.value, kind.cap, kind.floor));
  return {
    score,
    capaian,
    belowTarget: t !== undefined && dLt(r, t),
    node: {
      code: 'indicator.breakpoint',
      ref: id,
      inputs: { table: kind.table.id, input: fromDec(x), segment: hit.segment },
      output: score.text,
    },
  };
};

const RATED: IndicatorFields = Object.freeze({ measure: 'rated' });

/**
 * Target and realisation of a rated indicator (an RHK) are descriptions ("12 laporan") or numbers:
 * shown, never computed with; anything else is an issue. Its rating is read with the ratings.
 */
const readRated: ReadFields = (_kind, rd, raw, path) => {
  for (const key of ['target', 'realisasi'] as const) {
    const v = raw[key];
    if (v !== undefined && typeof v !== 'string' && typeof v !== 'number') {
      rd.fail('input.invalid-type', [...path, key], { expected: 'text or number', received: typeName(v) });
    }
  }
  return RATED;
};

/** How each `measure` of a kind is read and measured (a rated indicator is read, not measured). */
export const KINDS: Readonly<
  Record<CompiledKind['def']['measure'], { readonly read: ReadFields; readonly measure: Measure | undefined }>
> = {
  'pp46-activity': { read: readPp46, measure: measurePp46 },
  capaian: { read: readCapaian, measure: measureCapaian },
  ratio: { read: readCapaian, measure: measureCapaian },
  'inverse-ratio': { read: readCapaian, measure: measureCapaian },
  scale: { read: readScale, measure: measureScale },
  'yes-no': { read: readYesNo, measure: measureYesNo },
  breakpoint: { read: readBreakpoint, measure: measureBreakpoint },
  rated: { read: readRated, measure: undefined },
};
