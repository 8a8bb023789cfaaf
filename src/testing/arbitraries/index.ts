/**
 * `createArbitraries(fc)`: fast-check arbitraries of valid kinerja data for integrators' property
 * tests. The caller passes fast-check in; nothing here imports it.
 */
import type { EmployeeFacts } from '../../career/index';
import type { EvaluationInput } from '../../scoring/types';
import { type EmployeeFactsArbitraryOptions, employeeFactsArbitrary } from './employee-facts';
import {
  type EvaluationArbitraryOptions,
  evaluationArbitrary,
  type RulesetSource,
  resolveRuleset,
} from './evaluations';
import { type KinerjaArbitrary, type KinerjaFastCheck, published } from './fast-check';
import { type Broken, invalidEvaluationArbitrary, invalidRulesetArbitrary } from './invalid';
import { type RulesetArbitraryOptions, type RulesetFile, rulesetArbitrary } from './rulesets';
import { type GeneratedSkpPlan, type SkpPlanArbitraryOptions, skpPlanArbitrary } from './skp-plans';

/**
 * Options of {@link KinerjaArbitraries.rulesetWithEvaluations}: those of the ruleset, those of its
 * evaluations, and how many evaluations.
 *
 * @category Testing
 * @example
 * ```ts
 * const options: RulesetWithEvaluationsOptions = { packs: ['pp46-2011'], minEvaluations: 1, maxEvaluations: 3 };
 * ```
 */
export interface RulesetWithEvaluationsOptions extends RulesetArbitraryOptions, EvaluationArbitraryOptions {
  /** Fewest evaluations (default 1). */
  readonly minEvaluations?: number;
  /** Most evaluations (default 5). */
  readonly maxEvaluations?: number;
}

/**
 * A generated ruleset file with evaluation inputs generated for it.
 *
 * @category Testing
 * @example
 * ```ts
 * const pair: RulesetWithEvaluations = {
 *   ruleset: { schemaVersion: 1, id: 'kab-x', version: 1, extends: 'permenpanrb-6-2022', effective: { from: '2025-01-01' } },
 *   evaluations: [{ ratings: { 'hasil-kerja': 'sesuai-ekspektasi', perilaku: 'sesuai-ekspektasi' } }],
 * };
 * ```
 */
export interface RulesetWithEvaluations {
  /** The ruleset file. */
  readonly ruleset: RulesetFile;
  /** Evaluation inputs that score under it. */
  readonly evaluations: readonly EvaluationInput[];
}

/**
 * The arbitraries {@link createArbitraries} returns. Each call builds a new arbitrary; build them
 * once, outside the property.
 *
 * @category Testing
 * @example
 * ```ts
 * import fc from 'fast-check';
 * const k: KinerjaArbitraries = createArbitraries(fc);
 * fc.sample(k.ruleset({ packs: ['pp46-2011'] }), 1)[0]?.extends; // "pp46-2011"
 * ```
 */
export interface KinerjaArbitraries {
  /**
   * Valid ruleset files: a built-in pack extended with random but valid overrides (final weights
   * that sum to exactly 100, band sets without gap or overlap, rounding, calendars, deadlines,
   * reconciliation policies and dialogue tolerances, the justification rule, follow-up,
   * bonus tables, a random PermenPANRB matrix and unit-head mapping, and further indicator kinds
   * of every measure). Each passes `parseRuleset`.
   */
  ruleset(options?: RulesetArbitraryOptions): KinerjaArbitrary<RulesetFile>;
  /**
   * Valid evaluation inputs for `ruleset` (a pack id, a compiled or parsed ruleset, or a ruleset
   * file), read from the ruleset itself: every indicator kind its components take (by default each
   * at least once, with the fields its measure reads), weights where a component needs them
   * (summing to exactly 100 unless normalised), every required behaviour item within its range or
   * rating scale, raters as the reconciliation policy needs them, direct and unit-head ratings,
   * bonuses and flags. Realisations stay where the formulas give scores inside the usual
   * domains (capaian 0–200%). Under the built-in packs and the rulesets of
   * {@link KinerjaArbitraries.ruleset}, `scoreEvaluation` accepts every one; under your own
   * ruleset, a rejection points at a score the ruleset cannot band or a table it cannot look up.
   */
  evaluation(ruleset: RulesetSource, options?: EvaluationArbitraryOptions): KinerjaArbitrary<EvaluationInput>;
  /** A valid ruleset file and valid evaluation inputs for it. */
  rulesetWithEvaluations(options?: RulesetWithEvaluationsOptions): KinerjaArbitrary<RulesetWithEvaluations>;
  /** SKP plans with the actor and day: `createSkpPlan(p.input, p.actor, p.options)` accepts each. */
  skpPlan(options?: SkpPlanArbitraryOptions): KinerjaArbitrary<GeneratedSkpPlan>;
  /** Employee facts that `parseEmployeeFacts` and `evaluateEligibility` accept. */
  employeeFacts(options?: EmployeeFactsArbitraryOptions): KinerjaArbitrary<EmployeeFacts>;
  /** Ruleset files broken in exactly one place, with the issue code `parseRuleset` reports. */
  invalidRuleset(options?: RulesetArbitraryOptions): KinerjaArbitrary<Broken<RulesetFile>>;
  /**
   * Evaluation inputs for `ruleset` broken in exactly one place, with the issue code
   * `scoreEvaluation` reports.
   */
  invalidEvaluation(
    ruleset: RulesetSource,
    options?: EvaluationArbitraryOptions,
  ): KinerjaArbitrary<Broken<EvaluationInput>>;
}

/**
 * fast-check arbitraries of valid kinerja data, for an agency's or integrator's property tests:
 * rulesets, evaluations for a given ruleset, SKP plans and employee facts, and values broken in
 * one place. Pass fast-check itself (`import fc from 'fast-check'`, version 3 or 4): the package
 * neither imports nor depends on it, so applications that do not test never load it. The
 * arbitraries are fast-check's own; their types let fast-check 4 infer what they generate
 * (fast-check 3's `Arbitrary` type has two more methods: there, cast them).
 *
 * Generated data is plain JSON: decimals are strings or JSON numbers (exact as written), dates
 * `YYYY-MM-DD` strings. Values shrink to small ones (fewer indicators, optional parts left out,
 * values towards their lower bounds), and a seed replays a run exactly.
 *
 * @category Testing
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { compileRuleset, scoreEvaluation } from 'kinerja';
 * import { compare } from 'kinerja/decimal';
 * import { createArbitraries } from 'kinerja/testing';
 *
 * const k = createArbitraries(fc);
 * const compiled = unwrap(compileRuleset('pp30-2019'));
 * // PP 30/2019 caps the final score at 120.
 * fc.assert(
 *   fc.property(k.evaluation(compiled), (input) => {
 *     const r = scoreEvaluation(compiled, input);
 *     return r.ok && r.value.score !== null && compare(r.value.score, '120') <= 0;
 *   }),
 * );
 * ```
 */
export function createArbitraries(fc: KinerjaFastCheck): KinerjaArbitraries {
  return {
    ruleset: (options) => published(rulesetArbitrary(fc, options)),
    evaluation: (ruleset, options) => published(evaluationArbitrary(fc, ruleset, options)),
    rulesetWithEvaluations: (options = {}) =>
      published(
        rulesetArbitrary(fc, options).chain((file) =>
          fc
            .array(evaluationArbitrary(fc, resolveRuleset(file), options), {
              minLength: options.minEvaluations ?? 1,
              maxLength: options.maxEvaluations ?? 5,
            })
            .map((evaluations) => ({ ruleset: file, evaluations })),
        ),
      ),
    skpPlan: (options) => published(skpPlanArbitrary(fc, options)),
    employeeFacts: (options) => published(employeeFactsArbitrary(fc, options)),
    invalidRuleset: (options) => published(invalidRulesetArbitrary(fc, options)),
    invalidEvaluation: (ruleset, options) => published(invalidEvaluationArbitrary(fc, ruleset, options)),
  };
}

export type { DecimalStyle } from './decimals';
export type { EmployeeFactsArbitraryOptions } from './employee-facts';
export type { EvaluationArbitraryOptions, RulesetSource } from './evaluations';
export type { KinerjaArbitrary, KinerjaFastCheck, KinerjaFastCheckArbitrary } from './fast-check';
export type { Broken } from './invalid';
export type { RulesetArbitraryOptions, RulesetFile } from './rulesets';
export type { GeneratedSkpPlan, SkpPlanArbitraryOptions } from './skp-plans';
