import { parseIsoDate } from '../date/index';
import {
  DEC_HUNDRED,
  DEC_ZERO,
  type Dec,
  type DecimalString,
  dAdd,
  dCmp,
  dDiv,
  dEq,
  decOf,
  dFromInt,
  dIsZero,
  dLt,
  dMul,
  fromDec,
  sum,
} from '../decimal/index';
import {
  type ExplanationNode,
  err,
  type Issue,
  issue,
  ok,
  type PathSegment,
  type Result,
} from '../explain/index';
import { matchBand } from '../rating/index';
import { UNIT_PREDIKAT } from '../ruleset/index';
import type { CompiledKind, CompiledRuleset, Recorded } from './compile';
import {
  capFloor,
  type Measure,
  type Measured,
  measureBreakpoint,
  measureCapaian,
  measurePp46,
  measureScale,
  measureYesNo,
} from './measures';
import { type RatingOfRecord, readRating } from './ratings';
import { asObject, fastNonNegative, nonEmpty, own, Reader, setOwn, typeName } from './read';
import type {
  ComponentResult,
  EvaluationResult,
  FollowUpAction,
  IndicatorResult,
  RatingResult,
} from './types';

type Component = CompiledRuleset['ruleset']['components'][number];
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const NO_ACTIONS: readonly FollowUpAction[] = Object.freeze([]);

/** A rating source's range as decimals, parsed once per (immutable, compiled) source, not per evaluation. */
type ParsedRange = { readonly min: Dec | undefined; readonly max: Dec | undefined };
const ranges = new WeakMap<object, ParsedRange | null>();
function rangeOf(src: {
  readonly range?:
    | { readonly min?: DecimalString | undefined; readonly max?: DecimalString | undefined }
    | undefined;
}): ParsedRange | undefined {
  let r = ranges.get(src);
  if (r === undefined) {
    const { min, max } = src.range ?? {};
    r =
      min === undefined && max === undefined
        ? null
        : Object.freeze({ min: min && decOf(min), max: max && decOf(max) });
    ranges.set(src, r);
  }
  return r ?? undefined;
}
const NO_OUTCOMES: readonly never[] = Object.freeze([]);

/**
 * Options of {@link scoreEvaluation}.
 *
 * @category Scoring
 * @example
 * ```ts
 * const options: ScoreOptions = { path: ['evaluations', 3] };
 * ```
 */
export interface ScoreOptions {
  /** A prefix for every issue path (e.g. the line of a batch file). */
  readonly path?: readonly PathSegment[];
}

// Fixed paths, shared (issues treat paths as read-only), so reading valid input allocates none.
const P_ROOT: readonly PathSegment[] = [];
const P_EMPLOYEE: readonly PathSegment[] = ['employee'];
const P_EMPLOYEE_ID: readonly PathSegment[] = ['employee', 'id'];
const P_UNIT_HEAD: readonly PathSegment[] = ['employee', 'unitHead'];
const P_PERIOD: readonly PathSegment[] = ['period'];
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

interface IndicatorOutcome {
  readonly id: string;
  readonly index: number;
  readonly kind: CompiledKind;
  readonly measured: Measured | undefined;
  readonly rating: RatingOfRecord | undefined;
  readonly weight: Dec | undefined;
  readonly justification: string | undefined;
}

/** The measurement of each `measure` of a kind (a rated indicator is read, not measured). */
const MEASURES: Readonly<Record<CompiledKind['def']['measure'], Measure>> = {
  'pp46-activity': measurePp46,
  capaian: measureCapaian,
  ratio: measureCapaian,
  'inverse-ratio': measureCapaian,
  scale: measureScale,
  'yes-no': measureYesNo,
  breakpoint: measureBreakpoint,
  rated: (_c, _kind, rd, raw, path) => {
    // Target and realisation of a rated indicator (an RHK) are descriptions ("12 laporan") or
    // numbers: shown, never computed with; anything else is an issue.
    for (const key of ['target', 'realisasi'] as const) {
      const v = raw[key];
      if (v !== undefined && typeof v !== 'string' && typeof v !== 'number') {
        rd.fail('input.invalid-type', [...path, key], { expected: 'text or number', received: typeName(v) });
      }
    }
    return undefined;
  },
};

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

/** Sums weighted values: Σ wᵢ·xᵢ / 100, or / Σ wᵢ when normalising. */
function weightedMean(values: ReadonlyArray<{ w: Dec; x: Dec }>, normalize: boolean): Dec {
  let acc = DEC_ZERO;
  let total = DEC_ZERO;
  for (const { w, x } of values) {
    acc = dAdd(acc, dMul(w, x));
    total = dAdd(total, w);
  }
  return dDiv(acc, normalize ? total : DEC_HUNDRED);
}

function mean(values: readonly Dec[]): Dec {
  let acc = DEC_ZERO;
  for (const x of values) acc = dAdd(acc, x);
  return dDiv(acc, dFromInt(values.length));
}

/**
 * Scores one evaluation under a compiled ruleset: from the SKP's indicators and the ratings to
 * indicator, component and final scores and a predikat, with the explanation of every step.
 * Never throws on bad input and never returns NaN: every problem comes back as an issue with its
 * path. Warnings that do not stop scoring (a missed target without a justification) are in
 * `result.warnings`.
 *
 * @category Scoring
 * @example
 * ```ts
 * import { compileRuleset, scoreEvaluation } from 'kinerja';
 * const r = scoreEvaluation(compileRuleset('permenpanrb-6-2022'), {
 *   ratings: { 'hasil-kerja': 'di-atas-ekspektasi', perilaku: 'sesuai-ekspektasi' },
 * });
 * r.ok && r.value.predikat; // "baik"
 * ```
 */
export function scoreEvaluation(
  c: CompiledRuleset,
  input: unknown,
  options: ScoreOptions = {},
): Result<EvaluationResult, Issue[]> {
  const rd = new Reader();
  const result = score(c, input, rd);
  const prefix = options.path;
  const fix = (xs: Issue[]): Issue[] =>
    prefix && prefix.length > 0 ? xs.map((i) => ({ ...i, path: [...prefix, ...i.path] })) : xs;
  if (rd.issues.length > 0 || !result) return err(fix(rd.issues));
  return ok(prefix && prefix.length > 0 ? { ...result, warnings: fix([...result.warnings]) } : result);
}

function score(c: CompiledRuleset, input: unknown, rd: Reader): EvaluationResult | undefined {
  const r = c.ruleset;
  const root = asObject(input) ?? rd.object(input, P_ROOT);
  if (!root) return undefined;
  rd.onlyKeys(root, TOP_KEYS, P_ROOT);

  // Who and when.
  const employee = rd.object(root.employee, P_EMPLOYEE, false);
  const employeeId = employee ? rd.string(employee.id, P_EMPLOYEE_ID, false) : undefined;
  const unitHead = employee ? (rd.boolean(employee.unitHead, P_UNIT_HEAD, false) ?? false) : false;
  let period: { start: string; end: string } | undefined;
  const p = rd.object(root.period, P_PERIOD, false);
  if (p) {
    const s = parseIsoDate(p.start, ['period', 'start']);
    const e = parseIsoDate(p.end, ['period', 'end']);
    if (!s.ok) rd.issues.push(...s.issues);
    if (!e.ok) rd.issues.push(...e.issues);
    if (s.ok && e.ok) {
      if (e.value < s.value) rd.fail('date.range-reversed', ['period', 'end']);
      else period = { start: s.value, end: e.value };
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
  const ratingResults: Record<string, RatingResult> = {};
  // The ids read, to find ratings given for ids nothing reads (typos); counted first, listed only
  // when the counts differ.
  const usedIds: string[] = [];
  let needsDialogue = false;
  let usedPresent = 0;
  const rating = (
    id: string,
    kind: 'number' | 'rating',
    range?: { readonly min: Dec | undefined; readonly max: Dec | undefined },
  ): RatingOfRecord | undefined => {
    const raw = own(ratings, id);
    usedIds.push(id);
    if (raw !== undefined) usedPresent++;
    const rec = readRating(c, rd, raw, id, kind, range);
    if (rec) {
      setOwn(ratingResults, id, rec.result);
      if (rec.result.needsDialogue) needsDialogue = true;
    }
    return rec;
  };

  // Indicators.
  const outcomes: IndicatorOutcome[] = [];
  const byComponent = new Map<string, IndicatorOutcome[]>();
  const rawIndicators = root.indicators;
  if (rawIndicators !== undefined && !Array.isArray(rawIndicators)) {
    rd.fail('input.invalid-type', ['indicators'], { expected: 'array', received: typeName(rawIndicators) });
  }
  // Duplicate ids: a scan of the few indicators read so far (a Set once there are many).
  let seen: Set<string> | undefined;
  if (Array.isArray(rawIndicators)) {
    for (let index = 0; index < rawIndicators.length; index++) {
      const rawInd: unknown = rawIndicators[index];
      const path: PathSegment[] = ['indicators', index];
      const o = asObject(rawInd) ?? rd.object(rawInd, path);
      if (!o) continue;
      const id = nonEmpty(o.id) ?? rd.string(o.id, [...path, 'id']);
      const kindId = nonEmpty(o.kind) ?? rd.string(o.kind, [...path, 'kind']);
      if (id === undefined || kindId === undefined) continue;
      if (seen === undefined && outcomes.length >= 32) seen = new Set(outcomes.map((x) => x.id));
      const duplicate = seen ? seen.has(id) : outcomes.some((x) => x.id === id);
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
        else if (catalogued.weight !== undefined) weight = decOf(catalogued.weight);
      } else if (o.weight !== undefined) {
        weight = rd.nonNegative(o.weight, [...path, 'weight']);
      }
      const measured = MEASURES[kind.def.measure](c, kind, rd, o, path, id);
      const rated = kind.def.measure === 'rated' ? rating(id, 'rating') : undefined;
      const outcome: IndicatorOutcome = { id, index, kind, measured, rating: rated, weight, justification };
      outcomes.push(outcome);
      const group = byComponent.get(kind.component.id);
      if (group) group.push(outcome);
      else byComponent.set(kind.component.id, [outcome]);
    }
  }

  // Components.
  const components: Record<string, ComponentResult> = {};
  const componentNodes: ExplanationNode[] = [];
  const componentValue = new Map<string, Recorded>();
  const componentRating = new Map<string, string>();
  for (const comp of r.components) {
    const res = scoreComponent(c, comp, rd, {
      outcomes,
      byComponent,
      rating,
      extras,
      unitHead,
      unitPredikat,
      ratings,
      flags,
    });
    if (!res) continue;
    components[comp.id] = res.result;
    componentNodes.push(res.node);
    if (res.value) componentValue.set(comp.id, res.value);
    if (res.result.rating !== null) componentRating.set(comp.id, res.result.rating);
  }

  // Ratings that no item, component or indicator took (a typo in an id).
  if (ratings) {
    // Every id given must have been read; count first, and look for the stray ids only if some are.
    let given = 0;
    // (for-in also sees inherited enumerable keys: then the counts differ and the careful loop runs)
    for (const _ in ratings) given++;
    if (given !== usedPresent) {
      const used = new Set(usedIds);
      for (const id in ratings) {
        if (Object.hasOwn(ratings, id) && !used.has(id))
          rd.fail('scoring.unknown-rating-id', ['ratings', id], { id });
      }
    }
  }
  if (rd.issues.length > 0) return undefined;

  // The final rule.
  let finalScore: Recorded | undefined;
  let predikat: string | undefined;
  let finalNode: ExplanationNode;
  const f = r.final;
  if (f.method === 'weighted') {
    const parts: Array<{ w: Dec; x: Dec }> = [];
    const inputs: Record<string, string> = {};
    for (const comp of r.components) {
      const v = componentValue.get(comp.id);
      const w = c.weights.get(comp.id);
      if (!v || !w) continue;
      parts.push({ w, x: v.carry });
      inputs[c.weightLabels.get(comp.id) ?? comp.id] = v.text;
    }
    finalScore = c.record('final', capFloor(weightedMean(parts, false), c.finalCap.cap, c.finalCap.floor));
    const set = c.bandSets.get(f.bandSet);
    const match = set ? matchBand(set, finalScore.carry, flags) : undefined;
    if (!match) {
      rd.fail('scoring.outside-bands', [], { value: finalScore.text, bandSet: f.bandSet });
      return undefined;
    }
    predikat = match.code;
    finalNode = {
      code: 'final.weighted',
      inputs,
      output: finalScore.text,
      children: [
        {
          code: match.missingFlags.length > 0 ? 'band.flag-missing' : 'band',
          ref: f.bandSet,
          inputs: {
            value: finalScore.text,
            band: match.band.code,
            ...(match.missingFlags.length > 0 ? { missing: match.missingFlags.join(', ') } : {}),
          },
          output: predikat,
        },
      ],
    };
  } else {
    const row = componentRating.get(f.rows) ?? '';
    const col = componentRating.get(f.columns) ?? '';
    predikat = own(own(f.cells, row), col) ?? '';
    finalNode = { code: 'final.matrix', inputs: { [f.rows]: row, [f.columns]: col }, output: predikat };
  }

  // Indicator results and missed targets.
  const indicators: Record<string, IndicatorResult> = {};
  const warnings: Issue[] = [];
  const severity = r.justification.belowTarget;
  for (const o of outcomes) {
    const m = o.measured;
    const below = m
      ? m.belowTarget
      : o.rating?.code !== undefined && o.rating.code === c.scaleCodes[c.scaleCodes.length - 1];
    const res: Mutable<IndicatorResult> = {
      kind: o.kind.id,
      component: o.kind.component.id,
      score: m?.score ? m.score.text : null,
      belowTarget: below,
    };
    if (m?.capaian) res.capaian = m.capaian.text;
    if (m?.aspectTexts) res.aspects = m.aspectTexts;
    if (o.rating?.code !== undefined) res.rating = o.rating.code;
    if (o.weight !== undefined) res.weight = fromDec(o.weight);
    if (o.justification !== undefined) res.justification = o.justification;
    setOwn(indicators, o.id, res);
    if (below && o.justification === undefined && severity !== 'off') {
      const i = issue(
        'scoring.missing-justification',
        ['indicators', o.index, 'justification'],
        { id: o.id },
        severity === 'error' ? 'error' : 'warning',
      );
      if (severity === 'error') rd.issues.push(i);
      else warnings.push(i);
    }
  }
  if (rd.issues.length > 0) return undefined;

  // Follow-up: actions for the predikat and the weakest indicators as training needs.
  const fu = r.followUp;
  const actions = c.followUpActions.get(predikat) ?? NO_ACTIONS;
  const trainingNeeds = fu ? weakest(c, outcomes, fu.trainingNeeds.count) : [];

  componentNodes.push(finalNode);
  const explanation: ExplanationNode = {
    code: 'evaluation',
    ref: c.ref,
    ...(employeeId !== undefined ? { inputs: { employee: employeeId } } : {}),
    output: predikat,
    children: componentNodes,
  };
  return {
    ruleset: c.rulesetRef,
    ...(employeeId !== undefined ? { employee: { id: employeeId } } : {}),
    ...(period ? { period } : {}),
    score: finalScore ? finalScore.text : null,
    predikat,
    components,
    indicators,
    ratings: ratingResults,
    needsDialogue,
    warnings,
    followUp: { actions, trainingNeeds },
    explanation,
  };
}

interface ComponentContext {
  readonly outcomes: readonly IndicatorOutcome[];
  readonly byComponent: ReadonlyMap<string, readonly IndicatorOutcome[]>;
  readonly rating: (
    id: string,
    kind: 'number' | 'rating',
    range?: { readonly min: Dec | undefined; readonly max: Dec | undefined },
  ) => RatingOfRecord | undefined;
  readonly extras: Record<string, unknown> | undefined;
  readonly unitHead: boolean;
  readonly unitPredikat: string | undefined;
  readonly ratings: Record<string, unknown> | undefined;
  readonly flags: Readonly<Record<string, boolean>>;
}

interface ComponentOutcome {
  readonly result: ComponentResult;
  readonly value: Recorded | undefined;
  readonly node: ExplanationNode;
}

function scoreComponent(
  c: CompiledRuleset,
  comp: Component,
  rd: Reader,
  ctx: ComponentContext,
): ComponentOutcome | undefined {
  return comp.output === 'rating'
    ? ratingComponent(c, comp, rd, ctx)
    : scoreNumericComponent(c, comp, rd, ctx);
}

function scoreNumericComponent(
  c: CompiledRuleset,
  comp: Component,
  rd: Reader,
  ctx: ComponentContext,
): ComponentOutcome | undefined {
  const children: ExplanationNode[] = [];
  const before = rd.issues.length;
  let base: Dec | undefined;
  const agg = comp.aggregate;
  if (comp.source.from === 'indicators') {
    const mine = ctx.byComponent.get(comp.id) ?? NO_OUTCOMES;
    if (mine.length === 0) {
      rd.fail('scoring.no-indicators', ['indicators'], { component: comp.id });
      return undefined;
    }
    for (const o of mine) if (o.measured) children.push(o.measured.node);
    if (mine.some((o) => !o.measured?.score)) return undefined;
    const xs = mine.map((o) => o.measured?.score?.carry ?? DEC_ZERO);
    if (agg.method === 'weighted') {
      const missing = mine.find((o) => o.weight === undefined);
      if (missing) {
        if (agg.weights === 'input') return undefined; // already reported by the reader
        rd.fail('scoring.missing-weight', ['indicators', missing.index, 'weight'], { id: missing.id });
        return undefined;
      }
      const weights = mine.map((o) => fromDec(o.weight ?? DEC_ZERO));
      const total = sum(weights);
      if (!agg.normalize && !dEq(decOf(total), DEC_HUNDRED)) {
        rd.fail('scoring.weights-sum', ['indicators'], { component: comp.id, sum: total });
        return undefined;
      }
      if (agg.normalize && dEq(decOf(total), DEC_ZERO)) {
        rd.fail('scoring.weights-sum', ['indicators'], { component: comp.id, sum: total });
        return undefined;
      }
      base = weightedMean(
        mine.map((o, i) => ({ w: o.weight ?? DEC_ZERO, x: xs[i] ?? DEC_ZERO })),
        agg.normalize,
      );
    } else base = agg.method === 'sum' ? xs.reduce(dAdd, DEC_ZERO) : mean(xs);
  } else {
    const src = comp.source;
    const values: Array<{ w: Dec; x: Dec }> = [];
    const numeric = src.values !== 'rating';
    const range = rangeOf(src);
    const min = range?.min;
    const max = range?.max;
    for (const item of src.items) {
      const rec = ctx.rating(item.id, numeric ? 'number' : 'rating', numeric ? range : undefined);
      if (!rec) {
        if (item.required && own(ctx.ratings, item.id) === undefined)
          rd.fail('scoring.missing-rating', ['ratings', item.id], { id: item.id });
        continue;
      }
      if ((min !== undefined && dLt(rec.value, min)) || (max !== undefined && dLt(max, rec.value))) {
        rd.fail('scoring.out-of-range', ['ratings', item.id], {
          value: fromDec(rec.value),
          min: min ? fromDec(min) : '-∞',
          max: max ? fromDec(max) : '+∞',
        });
        continue;
      }
      values.push({ w: item.weight !== undefined ? decOf(item.weight) : DEC_ZERO, x: rec.value });
      children.push(rec.node);
    }
    if (rd.issues.length > before) return undefined;
    const minimum = src.minItems ?? 1;
    if (values.length < minimum) {
      rd.fail('scoring.too-few-items', ['ratings'], { component: comp.id, minimum, count: values.length });
      return undefined;
    }
    // Not rated is not zero: when an optional item is missing, the weights of the rated items are
    // renormalised over themselves.
    const renormalise = agg.method === 'weighted' && (agg.normalize || values.length < src.items.length);
    if (renormalise && values.every((v) => dIsZero(v.w))) {
      rd.fail('scoring.weights-sum', ['ratings'], { component: comp.id, sum: '0' });
      return undefined;
    }
    base =
      agg.method === 'weighted'
        ? weightedMean(values, renormalise)
        : agg.method === 'sum'
          ? values.reduce((a, v) => dAdd(a, v.x), DEC_ZERO)
          : mean(values.map((v) => v.x));
  }
  if (rd.issues.length > before || base === undefined) return undefined;
  let total = base;
  for (const b of comp.bonuses) {
    const points = bonus(c, b, rd, ctx.extras);
    if (points === undefined) return undefined;
    if (points.node) children.push(points.node);
    total = dAdd(total, points.value);
  }
  const caps = c.componentCaps.get(comp.id);
  const value = c.record('component', capFloor(total, caps?.cap, caps?.floor));
  let rating: string | null = null;
  if (comp.bandSet !== undefined) {
    const set = c.bandSets.get(comp.bandSet);
    rating = set ? (matchBand(set, value.carry, ctx.flags)?.code ?? null) : null;
  }
  return {
    result: { score: value.text, rating, source: 'score' },
    value,
    node: { code: `component.${comp.aggregate.method}`, ref: comp.id, output: value.text, children },
  };
}

function bonus(
  c: CompiledRuleset,
  b: Component['bonuses'][number],
  rd: Reader,
  extras: Record<string, unknown> | undefined,
): { value: Dec; node: ExplanationNode | undefined } | undefined {
  const table = c.ruleset.bonusTables[b.table];
  const raw = extras?.[b.input];
  if (!table || raw === undefined || raw === null) return { value: DEC_ZERO, node: undefined };
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
    return {
      value,
      node: { code: 'bonus.count', ref: b.table, inputs: { count }, output: fromDec(value) },
    };
  }
  const points = typeof raw === 'string' ? own(table.points, raw) : undefined;
  if (points === undefined) {
    rd.fail('scoring.unknown-level', path, {
      level: String(raw),
      available: Object.keys(table.points).join(', '),
    });
    return undefined;
  }
  const value = decOf(points);
  return {
    value,
    node: { code: 'bonus.level', ref: b.table, inputs: { level: String(raw) }, output: fromDec(value) },
  };
}

function ratingComponent(
  c: CompiledRuleset,
  comp: Component,
  rd: Reader,
  ctx: ComponentContext,
): ComponentOutcome | undefined {
  const how = comp.rating ?? { direct: true, derive: undefined, unitHead: undefined };
  // Item ratings given beside a direct or unit-head rating are read and checked (and reported in
  // `ratings`), though the component's rating does not come from them.
  const readItemsBeside = (): void => {
    if (comp.source.from !== 'items') return;
    for (const item of comp.source.items)
      if (own(ctx.ratings, item.id) !== undefined) ctx.rating(item.id, 'rating');
  };
  // A unit head: the unit's predikat decides (DOMAIN.md §4).
  if (ctx.unitHead && how.unitHead) {
    if (ctx.unitPredikat === undefined) {
      rd.fail('scoring.missing-unit-predikat', ['organisation', 'predikat']);
      return undefined;
    }
    const code = own(how.unitHead.map, ctx.unitPredikat);
    if (code !== undefined) {
      if (own(ctx.ratings, comp.id) !== undefined) ctx.rating(comp.id, 'rating');
      readItemsBeside();
      return {
        result: { score: null, rating: code, source: 'unit-head' },
        value: undefined,
        node: { code: 'component.unit-head', ref: comp.id, inputs: { unit: ctx.unitPredikat }, output: code },
      };
    }
  }
  if (how.direct && own(ctx.ratings, comp.id) !== undefined) {
    const rec = ctx.rating(comp.id, 'rating');
    readItemsBeside();
    if (!rec?.code) return undefined;
    return {
      result: { score: null, rating: rec.code, source: 'direct' },
      value: undefined,
      node: { code: 'component.direct', ref: comp.id, output: rec.code, children: [rec.node] },
    };
  }
  if (how.derive) {
    const values: Dec[] = [];
    const children: ExplanationNode[] = [];
    const before = rd.issues.length;
    if (comp.source.from === 'items') {
      for (const item of comp.source.items) {
        const rec = ctx.rating(item.id, 'rating');
        if (!rec) {
          if (item.required && own(ctx.ratings, item.id) === undefined)
            rd.fail('scoring.missing-rating', ['ratings', item.id], { id: item.id });
          continue;
        }
        values.push(rec.value);
        children.push(rec.node);
      }
    } else {
      const mine = ctx.byComponent.get(comp.id) ?? NO_OUTCOMES;
      if (mine.length === 0) {
        rd.fail('scoring.missing-rating', ['ratings', comp.id], { id: comp.id });
        return undefined;
      }
      for (const o of mine) {
        if (!o.rating) {
          if (own(ctx.ratings, o.id) === undefined)
            rd.fail('scoring.missing-rating', ['ratings', o.id], { id: o.id });
          continue;
        }
        values.push(o.rating.value);
        children.push(o.rating.node); // its ref is the indicator's id already
      }
    }
    if (rd.issues.length > before) return undefined;
    if (values.length === 0) {
      rd.fail('scoring.missing-rating', ['ratings', comp.id], { id: comp.id });
      return undefined;
    }
    const m = mean(values);
    const set = c.bandSets.get(how.derive.bandSet);
    const match = set ? matchBand(set, m, undefined) : undefined;
    if (!match) {
      rd.fail('scoring.outside-bands', ['ratings', comp.id], {
        value: fromDec(m),
        bandSet: how.derive.bandSet,
      });
      return undefined;
    }
    const meanText = c.record('component', m).text;
    return {
      result: { score: null, rating: match.code, source: 'derived', mean: meanText },
      value: undefined,
      node: {
        code: 'component.derived',
        ref: comp.id,
        inputs: { mean: meanText, items: values.length },
        output: match.code,
        children,
      },
    };
  }
  rd.fail('scoring.missing-rating', ['ratings', comp.id], { id: comp.id });
  return undefined;
}

function weakest(c: CompiledRuleset, outcomes: readonly IndicatorOutcome[], count: number) {
  // The `count` lowest values (ties: input order), kept sorted in a small array: no full sort.
  const below = c.trainingBelow;
  const picked: Array<{ o: IndicatorOutcome; value: Dec }> = [];
  if (count <= 0) return [];
  for (const o of outcomes) {
    const value = o.measured?.score?.carry ?? o.rating?.value;
    if (value === undefined || (below !== undefined && dCmp(value, below) >= 0)) continue;
    if (picked.length === count && dCmp(value, (picked[count - 1] as { value: Dec }).value) >= 0) continue;
    // Insert in order (ties keep input order), shifting the larger ones right; drop past `count`.
    let at = picked.length < count ? picked.length : count - 1;
    while (at > 0 && dCmp(value, (picked[at - 1] as { value: Dec }).value) < 0) {
      picked[at] = picked[at - 1] as { o: IndicatorOutcome; value: Dec };
      at--;
    }
    picked[at] = { o, value };
  }
  return picked.map(({ o }) => ({
    indicator: o.id,
    score: o.measured?.score ? o.measured.score.text : null,
    rating: o.rating?.code ?? null,
  }));
}
