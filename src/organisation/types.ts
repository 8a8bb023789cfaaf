import type { DecimalString } from '../decimal/index';
import type { ExplanationNode, LocalizedText } from '../explain/index';
import type { ComponentResult } from '../scoring/types';

/**
 * One constraint of a distribution curve: the share (`percent`) or number (`count`) of a unit's
 * employees whose predikat is one of `predikat`, at most (`max`) or at least (`min`). A
 * constraint with both limits applies the stricter one; it needs at least one.
 *
 * @category Organisation
 * @example
 * ```ts
 * const c: CurveConstraint = { id: 'baik-max-70', predikat: ['baik'], bound: 'max', percent: '70' };
 * const d: CurveConstraint = { id: 'butuh-perbaikan-or-kurang-min-1', predikat: ['butuh-perbaikan', 'kurang'], bound: 'min', count: 1 };
 * ```
 */
export interface CurveConstraint {
  /** Stable id (docs/distribution.md), e.g. `"baik-max-70"`. */
  readonly id: string;
  readonly label?: string | { readonly id: string; readonly en: string } | undefined;
  /** The predikat counted together. */
  readonly predikat: readonly string[];
  readonly bound: 'max' | 'min';
  /** A share of the unit, 0–100 (a decimal string or an exact JSON number). */
  readonly percent?: string | number | undefined;
  /** A number of employees. */
  readonly count?: number | undefined;
}

/**
 * A distribution policy: the curves by unit predikat and how they are applied. The `distribution`
 * section of a ruleset is one; pass a ruleset to {@link checkDistribution} to use its section and
 * its predikat.
 *
 * @category Organisation
 * @example
 * ```ts
 * const policy: DistributionPolicy = {
 *   curves: { istimewa: [{ id: 'sangat-baik-max-70', predikat: ['sangat-baik'], bound: 'max', percent: '70' }] },
 *   minimumUnitSize: 5,
 * };
 * ```
 */
export interface DistributionPolicy {
  /** By unit predikat (`istimewa`, `baik`, …): the constraints on employee predikat. */
  readonly curves: Readonly<Record<string, readonly CurveConstraint[]>>;
  /**
   * How a share becomes a number of people: "at most p%" allows ⌊p·n/100⌋ (`max: 'floor'`),
   * "at least p%" needs ⌈p·n/100⌉ (`min: 'ceil'`). These are the defaults.
   */
  readonly counting?:
    | { readonly max?: 'floor' | 'ceil' | undefined; readonly min?: 'floor' | 'ceil' | undefined }
    | undefined;
  /** Units with fewer employees get the report as advice only (default 0: every unit). */
  readonly minimumUnitSize?: number | undefined;
  /** Whether a violated curve blocks finalising the unit's evaluations (default false). */
  readonly blocksFinalisation?: boolean | undefined;
  /**
   * The predikat codes employees may hold, best first: the codes they can be moved to. Default:
   * the five of PermenPANRB 6/2022. (A ruleset's own `predikat` list is used for a ruleset.)
   */
  readonly predikat?: readonly string[] | undefined;
}

/**
 * One employee of a unit with their predikat, for {@link checkDistribution}.
 *
 * @category Organisation
 * @example
 * ```ts
 * const e: UnitMember = { id: '199001012015011001', predikat: 'baik' };
 * ```
 */
export interface UnitMember {
  readonly id: string;
  readonly predikat: string;
}

/**
 * The employees of a unit: counts by predikat, or a list of employees with their predikat.
 *
 * @category Organisation
 * @example
 * ```ts
 * const a: UnitPeople = { 'sangat-baik': 1, baik: 8, 'butuh-perbaikan': 1 };
 * const b: UnitPeople = [{ id: 'e1', predikat: 'baik' }, { id: 'e2', predikat: 'kurang' }];
 * ```
 */
export type UnitPeople = Readonly<Record<string, number>> | readonly UnitMember[];

/**
 * How one constraint of the curve fares in a unit.
 *
 * @category Organisation
 * @example
 * ```ts
 * const c: ConstraintCheck = { id: 'baik-max-70', predikat: ['baik'], bound: 'max', percent: '70', count: null, limit: 7, actual: 8, ok: false };
 * ```
 */
export interface ConstraintCheck {
  readonly id: string;
  readonly predikat: readonly string[];
  readonly bound: 'max' | 'min';
  /** The share the constraint states, if any. */
  readonly percent: DecimalString | null;
  /** The number of people the constraint states, if any. */
  readonly count: number | null;
  /** The limit in people for this unit: at most (`max`) or at least (`min`) this many. */
  readonly limit: number;
  /** How many employees of the unit hold one of `predikat`. */
  readonly actual: number;
  /** Whether `actual` respects `limit`. */
  readonly ok: boolean;
}

/**
 * The distribution check of one unit (docs/distribution.md, case kind `distribution`). Plain JSON data.
 *
 * - `ok`: every constraint holds. An infeasible unit is never `ok`, and has no `violations`.
 * - `feasible`: some distribution of `n` people satisfies every constraint at once. A unit too
 *   small for its curve (one employee under `kurang`, which needs a kurang and a butuh perbaikan)
 *   is infeasible: reported as such, not as a violation; `moves` is then null.
 * - `violations`: the ids of the constraints that fail in a feasible unit.
 * - `moves`: the exact minimum number of employees whose predikat must change for every
 *   constraint to hold (0 when `ok`), null when infeasible.
 * - `advisory`: the unit is smaller than the policy's minimum unit size: the report is advice.
 * - `blocksFinalisation`: the policy makes a violation block finalisation, and this report has
 *   one (in a feasible unit whose curve is not advisory).
 *
 * @category Organisation
 * @example
 * ```ts
 * const r = checkDistribution(getPack('permenpanrb-6-2022'), 'baik', { 'sangat-baik': 1, baik: 8, 'butuh-perbaikan': 1 });
 * if (r.ok) r.value; // { ok: false, feasible: true, violations: ['baik-max-70'], moves: 1, … }
 * ```
 */
export interface DistributionReport {
  readonly unitPredikat: string;
  readonly ok: boolean;
  readonly feasible: boolean;
  readonly advisory: boolean;
  readonly blocksFinalisation: boolean;
  /** The number of employees. */
  readonly n: number;
  /** Employees by predikat, every predikat of the regime listed (best first), zeros included. */
  readonly counts: Readonly<Record<string, number>>;
  readonly constraints: readonly ConstraintCheck[];
  readonly violations: readonly string[];
  readonly moves: number | null;
  readonly explanation: ExplanationNode;
}

/**
 * One employee with their evaluation result, for {@link calibrationAdvice}. Only the fields of
 * an `EvaluationResult` that advice reads are needed.
 *
 * @category Organisation
 * @example
 * ```ts
 * const r = scoreEvaluation(unwrap(compileRuleset('pp46-2011')), input);
 * const e: CalibrationEmployee = { id: 'e1', result: unwrap(r) };
 * ```
 */
export interface CalibrationEmployee {
  readonly id: string;
  readonly result: {
    readonly score: DecimalString | string | null;
    readonly predikat: string;
    readonly components: Readonly<Record<string, Pick<ComponentResult, 'rating' | 'source' | 'mean'>>>;
  };
}

/**
 * A number of employees the advice suggests moving from one predikat to another.
 *
 * @category Organisation
 * @example
 * ```ts
 * const m: PlannedMove = { from: 'baik', to: 'butuh-perbaikan', count: 1 };
 * ```
 */
export interface PlannedMove {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

/**
 * An employee who is a candidate to move, with why: for a numeric regime the final score and
 * the band edge it is nearest in the direction needed; for the matrix regime a component whose
 * rating was derived from an item mean, and the threshold that mean is nearest.
 *
 * @category Organisation
 * @example
 * ```ts
 * const c: CalibrationCandidate = {
 *   employee: 'e7', predikat: 'baik', to: 'butuh-perbaikan', basis: 'derived', component: 'hasil-kerja',
 *   value: '1.57', edge: '1.5', distance: '0.07', reason: { id: '…', en: '…' },
 * };
 * ```
 */
export interface CalibrationCandidate {
  readonly employee: string;
  readonly predikat: string;
  /** The predikat the move would give. */
  readonly to: string;
  /** `score`: the final score (numeric regimes); `derived`: a derived component rating (matrix). */
  readonly basis: 'score' | 'derived';
  /** The component whose derived rating would change (`derived` only). */
  readonly component?: string;
  /** The final score, or the component's item mean. */
  readonly value: DecimalString;
  /** The band edge or threshold in the direction of the move. */
  readonly edge: DecimalString;
  /** How far `value` is from `edge`: the smaller, the likelier a recalibration. */
  readonly distance: DecimalString;
  readonly reason: LocalizedText;
}

/**
 * Part of the fewest-moves plan, with the employees who are candidates for it, ranked (nearest an
 * edge first). `unranked` lists the employees holding `from` that have no basis for a ranking
 * (a direct rating: the supervisor's judgement, which only the supervisor can revisit).
 *
 * @category Organisation
 * @example
 * ```ts
 * const m: MoveAdvice = { from: 'sangat-baik', to: 'baik', count: 1, candidates: [], unranked: ['e3'] };
 * ```
 */
export interface MoveAdvice extends PlannedMove {
  readonly candidates: readonly CalibrationCandidate[];
  readonly unranked: readonly string[];
}

/**
 * Advice for one violated constraint.
 *
 * @category Organisation
 * @example
 * ```ts
 * advice.violations[0]; // { constraint: 'baik-max-70', bound: 'max', limit: 7, actual: 8, blocksFinalisation: false, moves: [{ from: 'baik', to: 'butuh-perbaikan', count: 1, candidates: [...] }] }
 * ```
 */
export interface ViolationAdvice {
  readonly constraint: string;
  readonly predikat: readonly string[];
  readonly bound: 'max' | 'min';
  readonly limit: number;
  readonly actual: number;
  /** Whether this violation blocks finalising the unit (ruleset data; never in an advisory unit). */
  readonly blocksFinalisation: boolean;
  /** The moves of the plan that serve this constraint, each with its candidates. */
  readonly moves: readonly MoveAdvice[];
}

/**
 * Calibration advice for a unit: which employees are candidates to move for each violation.
 * Advice only: nothing is changed.
 *
 * @category Organisation
 * @example
 * ```ts
 * const a: CalibrationAdvice = unwrap(calibrationAdvice(report, employees, ruleset));
 * a.plan; // [{ from: 'baik', to: 'butuh-perbaikan', count: 1 }]
 * ```
 */
export interface CalibrationAdvice {
  readonly unitPredikat: string;
  readonly feasible: boolean;
  readonly advisory: boolean;
  readonly moves: number | null;
  /**
   * A plan with the fewest moves (`moves` people) that makes every constraint hold; among such
   * plans, one that moves people across the fewest predikat steps. Empty when nothing is to move
   * or the unit is infeasible.
   */
  readonly plan: readonly PlannedMove[];
  readonly violations: readonly ViolationAdvice[];
}
