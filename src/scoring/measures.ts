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
import type { CompiledKind, CompiledRuleset, CompiledTable, Recorded } from './compile';
import { asObject, fastNonNegative, fastPositive, type Reader } from './read';

/** What measuring one indicator produced. */
export interface Measured {
  readonly score: Recorded | undefined;
  readonly capaian: Recorded | undefined;
  readonly aspects: Record<string, Recorded> | undefined;
  /** The recorded aspect values as text (pp46-activity). */
  readonly aspectTexts?: Record<string, DecimalString>;
  readonly belowTarget: boolean;
  readonly node: ExplanationNode;
}

const TWO = dFromInt(2);

/** Applies a cap and a floor; returns the value and whether one applied. */
export function capFloor(d: Dec, cap: Dec | undefined, floor: Dec | undefined): Dec {
  if (cap !== undefined && dGt(d, cap)) return cap;
  if (floor !== undefined && dLt(d, floor)) return floor;
  return d;
}

/** Looks a value up in a conversion table; undefined when no segment contains it. */
export function lookupTable(table: CompiledTable, x: Dec): { value: Dec; segment: number } | undefined {
  for (let i = 0; i < table.segments.length; i++) {
    const s = table.segments[i];
    if (!s) continue;
    if (s.min !== undefined) {
      const c = dCmp(x, s.min);
      if (c < 0 || (c === 0 && !s.minInclusive)) continue;
    }
    if (s.max !== undefined) {
      const c = dCmp(x, s.max);
      if (c > 0 || (c === 0 && !s.maxInclusive)) continue;
    }
    let y: Dec;
    if (s.constant !== undefined) y = s.constant;
    else if (s.linear) y = dAdd(s.linear.y0, dDiv(dMul(dSub(x, s.linear.x0), s.linear.dy), s.linear.dx));
    else continue;
    return { value: capFloor(y, s.cap, s.floor), segment: i };
  }
  return undefined;
}

const ratio = (r: Dec, t: Dec): Dec => dDiv(dMul(r, DEC_HUNDRED), t);

type Raw = Record<string, unknown>;

function targetRealisation(
  rd: Reader,
  raw: Raw,
  field: string,
  path: readonly PathSegment[],
  required: boolean,
): { t: Dec; r: Dec } | undefined {
  const value = raw[field];
  const o = asObject(value) ?? rd.object(value, [...path, field], required);
  if (!o) return undefined;
  rd.onlyKeys(o, TR_KEYS, path, field);
  // Paths are built only for an issue: valid values take the fast path.
  const t = fastPositive(o.target) ?? rd.positive(o.target, [...path, field, 'target']);
  const r = fastNonNegative(o.realisasi) ?? rd.nonNegative(o.realisasi, [...path, field, 'realisasi']);
  return t !== undefined && r !== undefined ? { t, r } : undefined;
}
const TR_KEYS = new Set(['target', 'realisasi']);

/** PP 46/2011 activity: kuantitas, kualitas, waktu and biaya (DOMAIN.md §2). */
export function measurePp46(
  c: CompiledRuleset,
  kind: CompiledKind,
  rd: Reader,
  raw: Raw,
  path: readonly PathSegment[],
  id: string,
): Measured | undefined {
  const before = rd.issues.length;
  const aspects = {
    kuantitas: targetRealisation(rd, raw, 'kuantitas', path, true),
    kualitas: targetRealisation(rd, raw, 'kualitas', path, true),
    waktu: targetRealisation(rd, raw, 'waktu', path, true),
    biaya: targetRealisation(rd, raw, 'biaya', path, false),
  };
  if (rd.issues.length > before) return undefined;
  const boundary = kind.params.boundary ?? DEC_ZERO;
  const factor = kind.params.factor ?? DEC_ZERO;
  const factor100 = dMul(factor, DEC_HUNDRED);
  const base = dSub(factor100, DEC_HUNDRED); // 76 for factor 1.76
  const notDone =
    kind.def.measure === 'pp46-activity' &&
    kind.def.notDoneScoresZero &&
    aspects.kuantitas &&
    dIsZero(aspects.kuantitas.r);
  const recorded: Record<string, Recorded> = {};
  const texts: Record<string, DecimalString> = {};
  const children: ExplanationNode[] = [];
  let total = DEC_ZERO;
  let n = 0;
  let below = false;
  for (const name of ['kuantitas', 'kualitas', 'waktu', 'biaya'] as const) {
    const a = aspects[name];
    if (!a) continue;
    let value: Dec;
    const inputs: Record<string, string | boolean> = { target: fromDec(a.t), realisasi: fromDec(a.r) };
    let code: string;
    if (notDone) {
      value = DEC_ZERO;
      code = 'aspect.not-done';
    } else if (name === 'kuantitas' || name === 'kualitas') {
      value = ratio(a.r, a.t);
      code = 'aspect.ratio';
      if (dLt(a.r, a.t)) below = true;
    } else {
      // e = 100 − R/T×100 ≤ boundary  ⇔  R×100 ≥ (100 − boundary)×T: compared without division, exactly.
      const firstBranch = dCmp(dMul(a.r, DEC_HUNDRED), dMul(dSub(DEC_HUNDRED, boundary), a.t)) >= 0;
      // (factor×T − R)/T×100 = factor×100 − R/T×100, exactly.
      const pct = ratio(a.r, a.t);
      const s = dSub(factor100, pct);
      value = firstBranch ? s : dSub(base, dSub(s, DEC_HUNDRED));
      code = firstBranch ? 'aspect.efficiency' : 'aspect.efficiency-high';
      // The efficiency is shown, not used: two decimals are enough to read the branch taken.
      inputs.efficiency = dToFixed(dSub(DEC_HUNDRED, pct), 2, 'half-up');
      if (dGt(a.r, a.t)) below = true;
    }
    const aspectFloor = kind.params.aspectFloor;
    if (aspectFloor !== undefined && dLt(value, aspectFloor)) {
      inputs.floor = fromDec(aspectFloor);
      value = aspectFloor;
    }
    const rec = c.record('aspect', value);
    recorded[name] = rec;
    texts[name] = rec.text;
    total = dAdd(total, rec.carry);
    n++;
    children.push({ code, ref: name, inputs, output: rec.text });
  }
  const mean = capFloor(dDiv(total, dFromInt(n)), kind.cap, kind.floor);
  const score = c.record('indicator', mean);
  return {
    score,
    capaian: undefined,
    aspects: recorded,
    aspectTexts: texts,
    belowTarget: below || Boolean(notDone),
    node: { code: 'indicator.pp46-activity', ref: id, inputs: { aspects: n }, output: score.text, children },
  };
}

const DIRECTIONS = new Set(['higher-is-better', 'lower-is-better']);

/** Capaian against a target or a target range, converted through a table (PP 30/2019 IKI). */
export function measureCapaian(
  c: CompiledRuleset,
  kind: CompiledKind,
  rd: Reader,
  raw: Raw,
  path: readonly PathSegment[],
  id: string,
): Measured | undefined {
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
  if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
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
    aspects: undefined,
    belowTarget: dLt(capaian.carry, DEC_HUNDRED),
    node: { code: `indicator.${kind.def.measure}`, ref: id, output: score.text, children },
  };
}
const RANGE_KEYS = new Set(['min', 'max']);

/** A value on a scale (e.g. 1–5) mapped linearly onto 0–100. */
export function measureScale(
  c: CompiledRuleset,
  kind: CompiledKind,
  rd: Reader,
  raw: Raw,
  path: readonly PathSegment[],
  id: string,
): Measured | undefined {
  const min = kind.params.min ?? DEC_ZERO;
  const max = kind.params.max ?? DEC_HUNDRED;
  const v = rd.decimal(raw.realisasi, [...path, 'realisasi']);
  const t = rd.decimal(raw.target, [...path, 'target'], false);
  if (v === undefined) return undefined;
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
    aspects: undefined,
    belowTarget: t !== undefined && dLt(v, t),
    node: {
      code: 'indicator.scale',
      ref: id,
      inputs: { value: fromDec(v), min: fromDec(min), max: fromDec(max) },
      output: score.text,
    },
  };
}

/** Yes or no. */
export function measureYesNo(
  c: CompiledRuleset,
  kind: CompiledKind,
  rd: Reader,
  raw: Raw,
  path: readonly PathSegment[],
  id: string,
): Measured | undefined {
  const yes = rd.boolean(raw.realisasi, [...path, 'realisasi']);
  if (yes === undefined) return undefined;
  const score = c.record('indicator', (yes ? kind.params.yes : kind.params.no) ?? DEC_ZERO);
  return {
    score,
    capaian: undefined,
    aspects: undefined,
    belowTarget: !yes,
    node: { code: 'indicator.yes-no', ref: id, inputs: { realisasi: yes }, output: score.text },
  };
}

/** A realisation (or its capaian) looked up in a breakpoint table. */
export function measureBreakpoint(
  c: CompiledRuleset,
  kind: CompiledKind,
  rd: Reader,
  raw: Raw,
  path: readonly PathSegment[],
  id: string,
): Measured | undefined {
  if (kind.def.measure !== 'breakpoint' || !kind.table) return undefined;
  const useCapaian = kind.def.input === 'capaian';
  const r = useCapaian
    ? rd.nonNegative(raw.realisasi, [...path, 'realisasi'])
    : rd.decimal(raw.realisasi, [...path, 'realisasi']);
  const t = useCapaian
    ? rd.positive(raw.target, [...path, 'target'])
    : rd.decimal(raw.target, [...path, 'target'], false);
  if (r === undefined || (useCapaian && t === undefined)) return undefined;
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
    aspects: undefined,
    belowTarget: t !== undefined && dLt(r, t),
    node: {
      code: 'indicator.breakpoint',
      ref: id,
      inputs: { table: kind.table.id, input: fromDec(x), segment: hit.segment },
      output: score.text,
    },
  };
}
