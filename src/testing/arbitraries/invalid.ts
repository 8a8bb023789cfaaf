/**
 * Invalid by one field: a valid ruleset file or evaluation input with exactly one thing broken,
 * and the issue code the library must report for it. For tests that bad input is rejected with
 * the right reason and never scored.
 */
import { add } from '../../decimal/index';
import type { EvaluationInput } from '../../scoring/index';
import { type EvaluationArbitraryOptions, evaluationArbitrary, type RulesetSource } from './evaluations';
import type { KinerjaFastCheck, KinerjaFastCheckArbitrary } from './fast-check';
import { type RulesetArbitraryOptions, type RulesetFile, rulesetArbitrary } from './rulesets';

/**
 * A value broken in one place: the value, the issue code it must be rejected with (among its
 * issues), and what was broken.
 *
 * @category Testing
 * @example
 * ```ts
 * const bad: Broken<RulesetFile> = {
 *   value: { schemaVersion: 1, id: 'kab-x', version: 1, extends: 'pp46-2011', effective: { from: '2015-01-01' },
 *     final: { weights: { skp: '60.01', perilaku: '40' } } },
 *   code: 'ruleset.weights-sum',
 *   change: 'final weights sum to 100.01',
 * };
 * ```
 */
export interface Broken<T> {
  /** The value with one thing broken. */
  readonly value: T;
  /** The issue code the library reports for it (one of its issues). */
  readonly code: string;
  /** What was broken, for failure messages. */
  readonly change: string;
}

type Json = Record<string, unknown>;
type Mutation<T> = (value: T) => Broken<T> | undefined;

const rulesetMutations: ReadonlyArray<Mutation<RulesetFile>> = [
  (f) => ({
    value: { ...f, schemaVersion: 2 as unknown as 1 },
    code: 'ruleset.schema-version',
    change: 'schemaVersion 2',
  }),
  (f) => ({
    value: { ...f, extends: 'pp99-2099' as RulesetFile['extends'] },
    code: 'ruleset.unknown-pack',
    change: 'extends an unknown pack',
  }),
  (f) => {
    const weights = (f.final as Json | undefined)?.weights as Json | undefined;
    if (weights?.skp === undefined) return undefined;
    const final = { ...(f.final as Json), weights: { ...weights, skp: add(String(weights.skp), '0.01') } };
    return { value: { ...f, final }, code: 'ruleset.weights-sum', change: 'final weights sum to 100.01' };
  },
  (f) => {
    if (f.extends !== 'permenpanrb-6-2022') return undefined;
    const final = {
      ...((f.final as Json | undefined) ?? {}),
      cells: { 'sesuai-ekspektasi': { 'sesuai-ekspektasi': null } },
    };
    return { value: { ...f, final }, code: 'ruleset.matrix-incomplete', change: 'a matrix cell removed' };
  },
  (f) => {
    const sets = f.bandSets as Record<string, { bands: Json[] }> | undefined;
    const entry = sets === undefined ? undefined : Object.entries(sets)[0];
    const bands = entry?.[1].bands;
    const first = bands?.[0];
    if (entry === undefined || bands === undefined || first?.max === undefined || bands.length < 2)
      return undefined;
    const moved = bands.map((b, i) => (i === 1 ? { ...b, min: add(String(first.max), '0.01') } : b));
    return {
      value: { ...f, bandSets: { ...sets, [entry[0]]: { ...entry[1], bands: moved } } },
      code: 'ruleset.band-gap',
      change: `a gap after the first band of ${entry[0]}`,
    };
  },
  (f) => ({
    value: {
      ...f,
      components: [
        ...((f.components as Json[] | undefined) ?? []),
        { id: f.extends === 'permenpanrb-6-2022' ? 'perilaku' : 'skp', bandSet: 'tidak-ada' },
      ],
    },
    code: 'ruleset.unknown-reference',
    change: 'a component names a band set that does not exist',
  }),
  (f) => ({
    value: { ...f, effective: { from: f.effective.from, until: '2000-01-01' } },
    code: 'ruleset.range-reversed',
    change: 'effective.until before effective.from',
  }),
];

const evaluationMutations: ReadonlyArray<Mutation<EvaluationInput>> = [
  (e) => ({
    value: { ...e, indicators: [...(e.indicators ?? []), { id: 'zz-asing', kind: 'zz-tidak-ada' }] },
    code: 'scoring.unknown-kind',
    change: 'an indicator of a kind the ruleset does not define',
  }),
  (e) => ({
    value: { ...e, ratings: { ...(e.ratings ?? {}), 'zz-tidak-ada': '1' } },
    code: 'scoring.unknown-rating-id',
    change: 'a rating for an id nothing rates',
  }),
  (e) => {
    const first = e.indicators?.[0];
    if (first === undefined || e.indicators === undefined) return undefined;
    return {
      value: { ...e, indicators: [...e.indicators, first] },
      code: 'scoring.duplicate-indicator',
      change: `indicator ${first.id} given twice`,
    };
  },
  (e) => ({
    value: { ...e, zz: true } as EvaluationInput,
    code: 'input.unknown-key',
    change: 'an unknown top-level key',
  }),
  (e) => ({
    value: { ...e, period: { start: '2025-12-31', end: '2025-01-01' } },
    code: 'date.range-reversed',
    change: 'a period that ends before it starts',
  }),
];

/** Applies the `pick`-th applicable mutation (modulo their number). */
function mutate<T>(value: T, pick: number, mutations: ReadonlyArray<Mutation<T>>): Broken<T> {
  const applicable = mutations.map((m) => m(value)).filter((b): b is Broken<T> => b !== undefined);
  return applicable[pick % applicable.length] as Broken<T>;
}

/** Ruleset files broken in one place, with the issue code `parseRuleset` reports. */
export function invalidRulesetArbitrary(
  fc: KinerjaFastCheck,
  options: RulesetArbitraryOptions = {},
): KinerjaFastCheckArbitrary<Broken<RulesetFile>> {
  return fc
    .tuple(rulesetArbitrary(fc, options), fc.integer({ min: 0, max: rulesetMutations.length - 1 }))
    .map(([file, pick]) => mutate(file, pick, rulesetMutations));
}

/** Evaluation inputs broken in one place, with the issue code `scoreEvaluation` reports. */
export function invalidEvaluationArbitrary(
  fc: KinerjaFastCheck,
  source: RulesetSource,
  options: EvaluationArbitraryOptions = {},
): KinerjaFastCheckArbitrary<Broken<EvaluationInput>> {
  return fc
    .tuple(
      evaluationArbitrary(fc, source, options),
      fc.integer({ min: 0, max: evaluationMutations.length - 1 }),
    )
    .map(([input, pick]) => mutate(input, pick, evaluationMutations));
}
