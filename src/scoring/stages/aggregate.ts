import {
  DEC_HUNDRED,
  DEC_ZERO,
  type Dec,
  dAdd,
  dDiv,
  dEq,
  dIsZero,
  dMean,
  dMul,
  dSum,
  fromDec,
} from '../../decimal/index';
import type { ExplanationNode } from '../../explain/index';
import { matchBand } from '../../rating/index';
import type { CompiledComponent, Recorded, RulesetInternals } from '../compile';
import { capFloor } from '../measures';
import type { Reader } from '../read';
import type { ComponentResult } from '../types';
import type { BonusRead } from './read';
import type { ComponentInputs } from './reconcile';

/** One component computed: its result, its recorded value (numeric ones) and its explanation. */
export interface ComponentOutcome {
  readonly id: string;
  readonly result: ComponentResult;
  readonly value: Recorded | undefined;
  readonly node: ExplanationNode;
}

/** Σ wᵢ·xᵢ / 100, or / Σ wᵢ when normalising. */
export function weightedMean(
  values: ReadonlyArray<{ readonly w: Dec; readonly x: Dec }>,
  normalize: boolean,
): Dec {
  let acc = DEC_ZERO;
  let total = DEC_ZERO;
  for (const { w, x } of values) {
    acc = dAdd(acc, dMul(w, x));
    total = dAdd(total, w);
  }
  return dDiv(acc, normalize ? total : DEC_HUNDRED);
}

/**
 * Stage 4, aggregate: each component's value from its inputs (mean, weighted, sum), its bonuses,
 * cap and floor, and its rating (a band of its score, or a derived categorical rating). Issues:
 * weights that do not sum as required, too few items, a derived mean outside its bands.
 */
export function aggregateComponents(
  c: RulesetInternals,
  inputs: ReadonlyArray<ComponentInputs | undefined>,
  bonuses: ReadonlyArray<ReadonlyArray<BonusRead | undefined>>,
  flags: Readonly<Record<string, boolean>>,
  rd: Reader,
): ComponentOutcome[] {
  const out: ComponentOutcome[] = [];
  for (let i = 0; i < c.components.length; i++) {
    const comp = c.components[i] as CompiledComponent;
    const input = inputs[i];
    if (!input) continue;
    const res =
      comp.def.output === 'rating'
        ? ratingComponent(c, comp, input, rd)
        : numericComponent(c, comp, input, bonuses[i] ?? [], flags, rd);
    if (res) out.push(res);
  }
  return out;
}

function numericComponent(
  c: RulesetInternals,
  comp: CompiledComponent,
  input: ComponentInputs,
  bonuses: ReadonlyArray<BonusRead | undefined>,
  flags: Readonly<Record<string, boolean>>,
  rd: Reader,
): ComponentOutcome | undefined {
  const def = comp.def;
  const agg = def.aggregate;
  let children: ExplanationNode[];
  let base: Dec;
  if (input.from === 'indicators') {
    const mine = input.indicators;
    if (mine.length === 0) {
      rd.fail('scoring.no-indicators', ['indicators'], { component: def.id });
      return undefined;
    }
    children = [];
    for (const o of mine) if (o.measured) children.push(o.measured.node);
    const xs: Dec[] = [];
    for (const o of mine) {
      const score = o.measured?.score;
      if (!score) return undefined; // reported when the indicator was read or measured
      xs.push(score.carry);
    }
    if (agg.method === 'weighted') {
      const missing = mine.find((o) => o.weight === undefined);
      if (missing) {
        if (agg.weights === 'input') return undefined; // already reported by the reader
        rd.fail('scoring.missing-weight', ['indicators', missing.index, 'weight'], { id: missing.id });
        return undefined;
      }
      const total = dSum(mine.map((o) => o.weight ?? DEC_ZERO));
      if (agg.normalize ? dIsZero(total) : !dEq(total, DEC_HUNDRED)) {
        rd.fail('scoring.weights-sum', ['indicators'], { component: def.id, sum: fromDec(total) });
        return undefined;
      }
      base = weightedMean(
        mine.map((o, k) => ({ w: o.weight ?? DEC_ZERO, x: xs[k] ?? DEC_ZERO })),
        agg.normalize,
      );
    } else base = agg.method === 'sum' ? dSum(xs) : dMean(xs);
  } else if (input.from === 'items') {
    if (def.source.from !== 'items') return undefined;
    const values = input.values;
    children = [...input.children];
    const minimum = def.source.minItems ?? 1;
    if (values.length < minimum) {
      rd.fail('scoring.too-few-items', ['ratings'], { component: def.id, minimum, count: values.length });
      return undefined;
    }
    // Not rated is not zero: when an optional item is missing, the weights of the rated items are
    // renormalised over themselves.
    const renormalise =
      agg.method === 'weighted' && (agg.normalize || values.length < def.source.items.length);
    if (renormalise && values.every((v) => dIsZero(v.w))) {
      rd.fail('scoring.weights-sum', ['ratings'], { component: def.id, sum: '0' });
      return undefined;
    }
    base =
      agg.method === 'weighted'
        ? weightedMean(values, renormalise)
        : agg.method === 'sum'
          ? dSum(values.map((v) => v.x))
          : dMean(values.map((v) => v.x));
  } else return undefined;
  let total = base;
  for (const b of bonuses) {
    if (b === undefined) return undefined; // reported when read
    if (b.node) children.push(b.node);
    total = dAdd(total, b.value);
  }
  const value = c.record('component', capFloor(total, comp.cap, comp.floor));
  let rating: string | null = null;
  if (def.bandSet !== undefined) {
    const set = c.bandSets.get(def.bandSet);
    rating = set ? (matchBand(set, value.carry, flags)?.code ?? null) : null;
  }
  return {
    id: def.id,
    result: { score: value.text, rating, source: 'score' },
    value,
    node: { code: `component.${agg.method}`, ref: def.id, output: value.text, children },
  };
}

function ratingComponent(
  c: RulesetInternals,
  comp: CompiledComponent,
  input: ComponentInputs,
  rd: Reader,
): ComponentOutcome | undefined {
  const def = comp.def;
  switch (input.from) {
    case 'unit-head':
      return {
        id: def.id,
        result: { score: null, rating: input.code, source: 'unit-head' },
        value: undefined,
        node: { code: 'component.unit-head', ref: def.id, inputs: { unit: input.unit }, output: input.code },
      };
    case 'direct':
      return {
        id: def.id,
        result: { score: null, rating: input.rec.code, source: 'direct' },
        value: undefined,
        node: { code: 'component.direct', ref: def.id, output: input.rec.code, children: [input.rec.node] },
      };
    case 'derived': {
      const derive = def.rating?.derive;
      if (!derive) return undefined;
      const m = dMean(input.values);
      const set = c.bandSets.get(derive.bandSet);
      const match = set ? matchBand(set, m, undefined) : undefined;
      if (!match) {
        rd.fail('scoring.outside-bands', ['ratings', def.id], { value: fromDec(m), bandSet: derive.bandSet });
        return undefined;
      }
      const meanText = c.record('component', m).text;
      return {
        id: def.id,
        result: { score: null, rating: match.code, source: 'derived', mean: meanText },
        value: undefined,
        node: {
          code: 'component.derived',
          ref: def.id,
          inputs: { mean: meanText, items: input.values.length },
          output: match.code,
          children: [...input.children],
        },
      };
    }
    default:
      return undefined;
  }
}
