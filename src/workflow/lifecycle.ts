import { deepFreeze } from '../explain/index';
import { isFinalised } from './finalised';
import { evaluationActionTypeSchema, evaluationStateSchema, skpPlanStateSchema } from './schemas';
import type {
  EvaluationActionType,
  EvaluationState,
  SkpPlanActionType,
  SkpPlanState,
  WorkflowRole,
} from './types';

/**
 * Every state of an evaluation, in lifecycle order. `decided` is final.
 *
 * @category Workflow
 * @example
 * ```ts
 * EVALUATION_STATES[0]; // 'open'
 * EVALUATION_STATES.at(-1); // 'decided'
 * ```
 */
export const EVALUATION_STATES: readonly EvaluationState[] = deepFreeze([...evaluationStateSchema.options]);

/**
 * Every action type of an evaluation (see {@link EvaluationAction}).
 *
 * @category Workflow
 * @example
 * ```ts
 * EVALUATION_ACTIONS.includes('mediate'); // true
 * ```
 */
export const EVALUATION_ACTIONS: readonly EvaluationActionType[] = deepFreeze([
  ...evaluationActionTypeSchema.options,
]);

/**
 * A condition a transition depends on besides its state and its actor:
 * - `self-assessment-optional`: the ruleset's `workflow.selfAssessment` is `optional`;
 * - `dialogue-not-required`: `workflow.dialogue` is `optional`, or `on-gap` and the assessment
 *   flagged no gap;
 * - `outcome-agreed` / `outcome-disagreed`: the dialogue's recorded outcome;
 * - `mediation-optional`: `workflow.mediation` is `optional`;
 * - `within-appeal-deadline`: `asOf` is on or before the appeal deadline;
 * - `atasan-only`: the reassignment changes only the atasan pejabat penilai (after finalisation
 *   the pejabat penilai can no longer change);
 * - `new-supervisor-with-self-assessment` / `new-supervisor-without-self-assessment`: a new pejabat
 *   penilai after the assessment: the assessment, dialogue and mediation are discarded and the
 *   evaluation goes back to `self-assessed` or `open`, for the new pejabat penilai to assess.
 *
 * @category Workflow
 * @example
 * ```ts
 * const c: TransitionCondition = 'within-appeal-deadline';
 * ```
 */
export type TransitionCondition =
  | 'self-assessment-optional'
  | 'dialogue-not-required'
  | 'outcome-agreed'
  | 'outcome-disagreed'
  | 'mediation-optional'
  | 'within-appeal-deadline'
  | 'atasan-only'
  | 'new-supervisor-with-self-assessment'
  | 'new-supervisor-without-self-assessment';

/**
 * One row of a transition table: in state `from`, the action `action` taken by one of the roles
 * `by` leads to `to`, when `when` holds (`null`: always).
 *
 * @category Workflow
 * @example
 * ```ts
 * const row: Transition<EvaluationState, EvaluationActionType> = {
 *   from: 'released', action: 'appeal', to: 'appealed', by: ['pegawai'], when: 'within-appeal-deadline',
 * };
 * ```
 */
export interface Transition<S extends string, A extends string> {
  /** The state before. */
  readonly from: S;
  /** The action. */
  readonly action: A;
  /** The state after (equal to `from` for amendments such as `declare-conflict`). */
  readonly to: S;
  /** The roles that may take the action (see {@link authorize} for the exact rules). */
  readonly by: readonly WorkflowRole[];
  /** The condition, or `null`. */
  readonly when: TransitionCondition | null;
}

/** The states in which conflicts may be declared and assessors reassigned: all but the final one. */
const AMENDABLE: readonly EvaluationState[] = EVALUATION_STATES.filter((s) => s !== 'decided');
/** Assessed but not finalised: a new pejabat penilai sends the evaluation back for a new assessment. */
const ASSESSED: readonly EvaluationState[] = ['assessed', 'in-dialogue', 'agreed', 'disputed'];
const HR = ['pengelola-kinerja'] as const;

function reassignRows(s: EvaluationState): Transition<EvaluationState, EvaluationActionType>[] {
  if (isFinalised(s)) return [{ from: s, action: 'reassign', to: s, by: HR, when: 'atasan-only' }];
  if (!ASSESSED.includes(s)) return [{ from: s, action: 'reassign', to: s, by: HR, when: null }];
  return [
    { from: s, action: 'reassign', to: s, by: HR, when: 'atasan-only' },
    { from: s, action: 'reassign', to: 'self-assessed', by: HR, when: 'new-supervisor-with-self-assessment' },
    { from: s, action: 'reassign', to: 'open', by: HR, when: 'new-supervisor-without-self-assessment' },
  ];
}

/**
 * The evaluation lifecycle as data: every allowed (state, action) pair and where it leads. A pair
 * not in this table is refused by {@link transition} with `workflow.invalid-transition`.
 *
 * ```text
 * open ─self-assess→ self-assessed ─assess→ assessed      (open ─assess→ assessed if self-assessment is optional)
 * assessed ─finalise→ finalised                           (if no dialogue is required)
 * assessed ─start-dialogue→ in-dialogue ─record-dialogue→ agreed ─finalise→ finalised
 *                                                       ↘ disputed ─mediate→ finalised
 *                                                                  (─finalise→ finalised if mediation is optional)
 * finalised ─release→ released ─appeal→ appealed ─decide-appeal→ decided (final)
 * ```
 * `declare-conflict` and `reassign` amend any state but `decided` without moving it, except that a
 * new pejabat penilai after the assessment sends the evaluation back to `self-assessed` (or `open`).
 * Deeply frozen: the table cannot be changed, by a caller or by the library.
 *
 * @category Workflow
 * @example
 * ```ts
 * new Set(EVALUATION_TRANSITIONS.filter((t) => t.from === 'disputed').map((t) => t.action));
 * // Set { 'mediate', 'finalise', 'declare-conflict', 'reassign' }
 * ```
 */
export const EVALUATION_TRANSITIONS: readonly Transition<EvaluationState, EvaluationActionType>[] =
  deepFreeze([
    { from: 'open', action: 'self-assess', to: 'self-assessed', by: ['pegawai'], when: null },
    {
      from: 'open',
      action: 'assess',
      to: 'assessed',
      by: ['pejabat-penilai'],
      when: 'self-assessment-optional',
    },
    { from: 'self-assessed', action: 'assess', to: 'assessed', by: ['pejabat-penilai'], when: null },
    {
      from: 'assessed',
      action: 'start-dialogue',
      to: 'in-dialogue',
      by: ['pegawai', 'pejabat-penilai'],
      when: null,
    },
    {
      from: 'assessed',
      action: 'finalise',
      to: 'finalised',
      by: ['pejabat-penilai'],
      when: 'dialogue-not-required',
    },
    {
      from: 'in-dialogue',
      action: 'record-dialogue',
      to: 'agreed',
      by: ['pejabat-penilai'],
      when: 'outcome-agreed',
    },
    {
      from: 'in-dialogue',
      action: 'record-dialogue',
      to: 'disputed',
      by: ['pejabat-penilai'],
      when: 'outcome-disagreed',
    },
    { from: 'agreed', action: 'finalise', to: 'finalised', by: ['pejabat-penilai'], when: null },
    { from: 'disputed', action: 'mediate', to: 'finalised', by: ['atasan-pejabat-penilai'], when: null },
    {
      from: 'disputed',
      action: 'finalise',
      to: 'finalised',
      by: ['pejabat-penilai'],
      when: 'mediation-optional',
    },
    { from: 'finalised', action: 'release', to: 'released', by: ['pengelola-kinerja'], when: null },
    { from: 'released', action: 'appeal', to: 'appealed', by: ['pegawai'], when: 'within-appeal-deadline' },
    { from: 'appealed', action: 'decide-appeal', to: 'decided', by: ['atasan-pejabat-penilai'], when: null },
    ...AMENDABLE.map((s) => ({
      from: s,
      action: 'declare-conflict' as const,
      to: s,
      by: ['pejabat-penilai', 'atasan-pejabat-penilai', 'pengelola-kinerja'] as const,
      when: null,
    })),
    ...AMENDABLE.flatMap(reassignRows),
  ]);

/**
 * Every state of an SKP plan.
 *
 * @category Workflow
 * @example
 * ```ts
 * SKP_PLAN_STATES; // ['draft', 'submitted', 'approved']
 * ```
 */
export const SKP_PLAN_STATES: readonly SkpPlanState[] = deepFreeze([...skpPlanStateSchema.options]);

/**
 * The SKP planning lifecycle as data: draft ─submit→ submitted ─approve→ approved, or
 * submitted ─return (with a reason)→ draft. `approved` is final for the plan.
 *
 * @category Workflow
 * @example
 * ```ts
 * SKP_PLAN_TRANSITIONS.find((t) => t.action === 'return')?.to; // 'draft'
 * ```
 */
export const SKP_PLAN_TRANSITIONS: readonly Transition<SkpPlanState, SkpPlanActionType>[] = deepFreeze([
  { from: 'draft', action: 'submit', to: 'submitted', by: ['pegawai'], when: null },
  { from: 'submitted', action: 'approve', to: 'approved', by: ['pejabat-penilai'], when: null },
  { from: 'submitted', action: 'return', to: 'draft', by: ['pejabat-penilai'], when: null },
]);
