import type * as z from 'zod';
import type { ReconciliationResult } from '../assessment/index';
import type { DateRange } from '../date/index';
import type { DecimalInput, DecimalString } from '../decimal/index';
import type { ExplanationNode, Issue } from '../explain/index';
import type { evaluationInputSchema, indicatorInputSchema, raterRatingsSchema } from './schemas';

/**
 * A target and its realisation.
 *
 * @category Scoring
 * @example
 * ```ts
 * const waktu: TargetRealisation = { target: 12, realisasi: 10 };
 * ```
 */
export interface TargetRealisation {
  readonly target: DecimalInput;
  readonly realisasi: DecimalInput;
}

/**
 * One indicator of an employee's SKP with its realisation (docs/scoring.md). The fields besides `id`,
 * `kind` and `justification` depend on how the ruleset measures the kind.
 *
 * @category Scoring
 * @example
 * ```ts
 * const a: IndicatorInput = { id: 'k1', kind: 'pp46-activity', kuantitas: { target: 10, realisasi: 10 }, kualitas: { target: 100, realisasi: 90 }, waktu: { target: 12, realisasi: 12 } };
 * const b: IndicatorInput = { id: 'i1', kind: 'iki', direction: 'higher-is-better', target: 85, realisasi: 85, weight: 100 };
 * ```
 */
export type IndicatorInput = z.input<typeof indicatorInputSchema>;

/**
 * A rating value: a rating code, or a number for numeric items.
 *
 * @category Scoring
 * @example
 * ```ts
 * const a: RatingValue = 'sesuai-ekspektasi';
 * const b: RatingValue = 85;
 * ```
 */
export type RatingValue = DecimalInput;

/**
 * The ratings of one item by rater group, reconciled by the ruleset's policy.
 *
 * @category Scoring
 * @example
 * ```ts
 * const r: RaterRatings = { self: 'di-atas-ekspektasi', supervisor: 'sesuai-ekspektasi' };
 * ```
 */
export type RaterRatings = z.input<typeof raterRatingsSchema>;

/**
 * What happened in one employee's period: the evaluation input (docs/scoring.md), the input type of
 * {@link evaluationInputSchema}. Every field is optional where the ruleset does not need it.
 *
 * @category Scoring
 * @example
 * ```ts
 * const input: EvaluationInput = { ratings: { 'hasil-kerja': 'di-atas-ekspektasi', perilaku: 'sesuai-ekspektasi' } };
 * ```
 */
export type EvaluationInput = z.input<typeof evaluationInputSchema>;

/**
 * The result for one indicator.
 *
 * @category Scoring
 * @example
 * ```ts
 * result.indicators.k1.aspects?.waktu; // "76.00"
 * ```
 */
export interface IndicatorResult {
  readonly kind: string;
  readonly component: string;
  /** The indicator's score as recorded; null for rated indicators. */
  readonly score: DecimalString | null;
  /** Realisation against target in percent, where the kind has one. */
  readonly capaian?: DecimalString;
  /** Per-aspect scores (`pp46-activity`). */
  readonly aspects?: Readonly<Partial<Record<'kuantitas' | 'kualitas' | 'waktu' | 'biaya', DecimalString>>>;
  /** The rating of record (rated indicators). */
  readonly rating?: string;
  /** The weight inside its component (weighted components). */
  readonly weight?: DecimalString;
  /** Whether the realisation missed its target. */
  readonly belowTarget: boolean;
  readonly justification?: string;
}

/**
 * The result for one component.
 *
 * @category Scoring
 * @example
 * ```ts
 * result.components.perilaku.rating; // "sesuai-ekspektasi"
 * ```
 */
export interface ComponentResult {
  /** The component's score as recorded; null for rating components. */
  readonly score: DecimalString | null;
  /** A rating code: the band of the score, or the categorical rating. */
  readonly rating: string | null;
  /** Where a rating component's rating came from. */
  readonly source: 'score' | 'direct' | 'derived' | 'unit-head';
  /** The mean of item values a derived rating was banded from. */
  readonly mean?: DecimalString;
}

/**
 * A recommended follow-up action (tindak lanjut).
 *
 * @category Scoring
 * @example
 * ```ts
 * const a: FollowUpAction = { kind: 'training', code: 'pelatihan' };
 * ```
 */
export interface FollowUpAction {
  readonly kind: 'reward' | 'training' | 'coaching' | 'sanction';
  readonly code: string;
  readonly label?: string | { readonly id: string; readonly en: string };
}

/**
 * The result of scoring one evaluation (docs/scoring.md). Plain JSON data: it
 * serialises with `JSON.stringify` and reads back equal.
 *
 * @category Scoring
 * @example
 * ```ts
 * const r = scoreEvaluation(unwrap(compileRuleset('pp46-2011')), input);
 * if (r.ok) console.log(r.value.score, r.value.predikat); // "83.30" "baik"
 * ```
 */
export interface EvaluationResult {
  readonly ruleset: { readonly id: string; readonly version: number };
  readonly employee?: { readonly id: string };
  /** The period evaluated, as the input gave it (calendar dates, like a store record's `period`). */
  readonly period?: DateRange;
  /** The final score; null where the ruleset is categorical. */
  readonly score: DecimalString | null;
  readonly predikat: string;
  readonly components: Readonly<Record<string, ComponentResult>>;
  readonly indicators: Readonly<Record<string, IndicatorResult>>;
  readonly ratings: Readonly<Record<string, ReconciliationResult>>;
  /** True when any rated item needs a dialogue between employee and supervisor. */
  readonly needsDialogue: boolean;
  /** Issues that did not stop scoring (e.g. a missed target without a justification). */
  readonly warnings: readonly Issue[];
  readonly followUp: {
    readonly actions: readonly FollowUpAction[];
    /** The weakest indicators, weakest first: candidates for training. */
    readonly trainingNeeds: ReadonlyArray<{
      readonly indicator: string;
      readonly score: DecimalString | null;
      readonly rating: string | null;
    }>;
  };
  readonly explanation: ExplanationNode;
}
