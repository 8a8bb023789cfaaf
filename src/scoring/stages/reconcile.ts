import type { ReconciliationResult } from '../../assessment/index';
import { type Dec, dLt, fromDec } from '../../decimal/index';
import type { ExplanationNode } from '../../explain/index';
import type { CompiledComponent, DecRange, RatingOfRecord, RulesetInternals } from '../compile';
import { readRating } from '../ratings';
import { own, type Reader, setOwn } from '../read';
import type { IndicatorMeasured } from './measure';
import type { EvaluationRead } from './read';

/** An indicator with its measurement and, for a rated indicator, its rating of record. */
export interface IndicatorOutcome extends IndicatorMeasured {
  readonly rating: RatingOfRecord | undefined;
}

/** What a component is computed from, once its ratings are reconciled. */
export type ComponentInputs =
  | { readonly from: 'indicators'; readonly indicators: readonly IndicatorOutcome[] }
  | {
      readonly from: 'items';
      readonly values: ReadonlyArray<{ readonly w: Dec; readonly x: Dec }>;
      readonly children: readonly ExplanationNode[];
    }
  | { readonly from: 'unit-head'; readonly code: string; readonly unit: string }
  | { readonly from: 'direct'; readonly rec: RatingOfRecord & { readonly code: string } }
  | {
      readonly from: 'derived';
      readonly values: readonly Dec[];
      readonly children: readonly ExplanationNode[];
    };

/** The ratings of one evaluation, reconciled: the inputs of each component and the results. */
export interface Reconciled {
  readonly indicators: readonly IndicatorOutcome[];
  /** Aligned with the ruleset's components; undefined where a component cannot be computed. */
  readonly components: ReadonlyArray<ComponentInputs | undefined>;
  readonly ratings: Readonly<Record<string, ReconciliationResult>>;
  readonly needsDialogue: boolean;
}

const NO_OUTCOMES: readonly IndicatorOutcome[] = Object.freeze([]);

/** Reads ratings by id and keeps what was read (results, dialogue, the ids used). */
class Ratings {
  readonly results: Record<string, ReconciliationResult> = {};
  needsDialogue = false;
  /** The ids read, to find ratings given for ids nothing reads (typos). */
  private readonly used: string[] = [];
  private usedPresent = 0;

  constructor(
    private readonly c: RulesetInternals,
    private readonly rd: Reader,
    readonly raw: Readonly<Record<string, unknown>> | undefined,
  ) {}

  given(id: string): boolean {
    return own(this.raw, id) !== undefined;
  }

  read(id: string, kind: 'number' | 'rating', range?: DecRange): RatingOfRecord | undefined {
    const raw = own(this.raw, id);
    this.used.push(id);
    if (raw !== undefined) this.usedPresent++;
    const rec = readRating(this.c, this.rd, raw, id, kind, range);
    if (rec) {
      setOwn(this.results, id, rec.result);
      if (rec.result.needsDialogue) this.needsDialogue = true;
    }
    return rec;
  }

  /** Ratings that no item, component or indicator took (a typo in an id). */
  checkUnread(): void {
    const ratings = this.raw;
    if (!ratings) return;
    // Every id given must have been read; count first, and look for the stray ids only if some are.
    let given = 0;
    // (for-in also sees inherited enumerable keys: then the counts differ and the careful loop runs)
    for (const _ in ratings) given++;
    if (given === this.usedPresent) return;
    const used = new Set(this.used);
    for (const id in ratings) {
      if (Object.hasOwn(ratings, id) && !used.has(id))
        this.rd.fail('scoring.unknown-rating-id', ['ratings', id], { id });
    }
  }
}

/**
 * Stage 3, reconcile: every rating the ruleset reads (rated indicators, items, components) becomes
 * a value of record (src/assessment reconciles raters), and each component gets its inputs. Missing
 * and out-of-range ratings are issues here.
 */
export function reconcileRatings(
  c: RulesetInternals,
  read: EvaluationRead,
  measured: readonly IndicatorMeasured[],
  rd: Reader,
): Reconciled {
  const ratings = new Ratings(c, rd, read.ratings);
  const indicators: IndicatorOutcome[] = new Array(measured.length);
  const byComponent = new Map<string, IndicatorOutcome[]>();
  for (let i = 0; i < measured.length; i++) {
    const m = measured[i] as IndicatorMeasured;
    const rating = m.kind.def.measure === 'rated' ? ratings.read(m.id, 'rating') : undefined;
    const o: IndicatorOutcome = {
      id: m.id,
      index: m.index,
      kind: m.kind,
      weight: m.weight,
      justification: m.justification,
      fields: m.fields,
      measured: m.measured,
      rating,
    };
    indicators[i] = o;
    const group = byComponent.get(m.kind.component.id);
    if (group) group.push(o);
    else byComponent.set(m.kind.component.id, [o]);
  }
  const components = c.components.map((comp) =>
    comp.def.output === 'rating'
      ? ratingInputs(comp, read, ratings, byComponent, rd)
      : numericInputs(comp, ratings, byComponent, rd),
  );
  ratings.checkUnread();
  return { indicators, components, ratings: ratings.results, needsDialogue: ratings.needsDialogue };
}

function numericInputs(
  comp: CompiledComponent,
  ratings: Ratings,
  byComponent: ReadonlyMap<string, readonly IndicatorOutcome[]>,
  rd: Reader,
): ComponentInputs | undefined {
  const src = comp.def.source;
  if (src.from === 'indicators')
    return { from: 'indicators', indicators: byComponent.get(comp.def.id) ?? NO_OUTCOMES };
  const before = rd.issues.length;
  const values: Array<{ w: Dec; x: Dec }> = [];
  const children: ExplanationNode[] = [];
  const numeric = src.values !== 'rating';
  const range = comp.range;
  const min = range?.min;
  const max = range?.max;
  for (let i = 0; i < src.items.length; i++) {
    const item = src.items[i] as (typeof src.items)[number];
    const rec = ratings.read(item.id, numeric ? 'number' : 'rating', numeric ? range : undefined);
    if (!rec) {
      if (item.required && !ratings.given(item.id))
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
    values.push({ w: comp.itemWeights[i] as Dec, x: rec.value });
    children.push(rec.node);
  }
  return rd.issues.length > before ? undefined : { from: 'items', values, children };
}

function ratingInputs(
  comp: CompiledComponent,
  read: EvaluationRead,
  ratings: Ratings,
  byComponent: ReadonlyMap<string, readonly IndicatorOutcome[]>,
  rd: Reader,
): ComponentInputs | undefined {
  const def = comp.def;
  const how = def.rating ?? { direct: true, derive: undefined, unitHead: undefined };
  // Item ratings given beside a direct or unit-head rating are read and checked (and reported in
  // `ratings`), though the component's rating does not come from them.
  const readItemsBeside = (): void => {
    if (def.source.from !== 'items') return;
    for (const item of def.source.items) if (ratings.given(item.id)) ratings.read(item.id, 'rating');
  };
  // A unit head: the unit's predikat decides (docs/regulations.md).
  if (read.unitHead && how.unitHead) {
    if (read.unitPredikat === undefined) {
      rd.fail('scoring.missing-unit-predikat', ['organisation', 'predikat']);
      return undefined;
    }
    const code = own(how.unitHead.map, read.unitPredikat);
    if (code !== undefined) {
      if (ratings.given(def.id)) ratings.read(def.id, 'rating');
      readItemsBeside();
      return { from: 'unit-head', code, unit: read.unitPredikat };
    }
  }
  if (how.direct && ratings.given(def.id)) {
    const rec = ratings.read(def.id, 'rating');
    readItemsBeside();
    if (!rec?.code) return undefined;
    return { from: 'direct', rec: rec as RatingOfRecord & { code: string } };
  }
  if (how.derive) {
    const values: Dec[] = [];
    const children: ExplanationNode[] = [];
    const before = rd.issues.length;
    if (def.source.from === 'items') {
      for (const item of def.source.items) {
        const rec = ratings.read(item.id, 'rating');
        if (!rec) {
          if (item.required && !ratings.given(item.id))
            rd.fail('scoring.missing-rating', ['ratings', item.id], { id: item.id });
          continue;
        }
        values.push(rec.value);
        children.push(rec.node);
      }
    } else {
      const mine = byComponent.get(def.id) ?? NO_OUTCOMES;
      if (mine.length === 0) {
        rd.fail('scoring.missing-rating', ['ratings', def.id], { id: def.id });
        return undefined;
      }
      for (const o of mine) {
        if (!o.rating) {
          if (!ratings.given(o.id)) rd.fail('scoring.missing-rating', ['ratings', o.id], { id: o.id });
          continue;
        }
        values.push(o.rating.value);
        children.push(o.rating.node); // its ref is the indicator's id already
      }
    }
    if (rd.issues.length > before) return undefined;
    if (values.length === 0) {
      rd.fail('scoring.missing-rating', ['ratings', def.id], { id: def.id });
      return undefined;
    }
    return { from: 'derived', values, children };
  }
  rd.fail('scoring.missing-rating', ['ratings', def.id], { id: def.id });
  return undefined;
}
