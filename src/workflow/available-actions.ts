import { compareDates, type IsoDate } from '../date/index';
import { KinerjaError } from '../explain/index';
import { authorize } from './authorize';
import { evaluationAppealDeadline } from './evaluation-appeal-deadline';
import { lifecycleGate } from './internal/gate';
import { resolveSettings } from './internal/settings';
import { EVALUATION_ACTIONS } from './lifecycle';
import type { Actor, Evaluation, EvaluationActionType, WorkflowRules } from './types';

/**
 * Options of {@link availableActions}: those of {@link transition}, all optional. Without `asOf`,
 * the appeal deadline is not checked.
 *
 * @category Workflow
 * @example
 * ```ts
 * const o: AvailableActionsOptions = { asOf: isoDate('2026-03-10') };
 * ```
 */
export interface AvailableActionsOptions {
  /** The day; when given, `appeal` is listed only on or before the appeal deadline. */
  readonly asOf?: IsoDate;
  /** The ruleset, or the parts of it the workflow reads. */
  readonly ruleset?: WorkflowRules;
  /** Holidays for a working-day appeal deadline. */
  readonly holidays?: readonly IsoDate[];
  /** Weekend days for a working-day appeal deadline. */
  readonly weekend?: readonly number[];
}

/**
 * The actions `actor` may take on `evaluation` now: those the lifecycle (with the ruleset's
 * settings) allows in its state and {@link authorize} allows the actor, in the order of
 * {@link EVALUATION_ACTIONS}; for a user interface's buttons. The payload is not checked, so
 * {@link transition} may still refuse one (a missing reason, say). `declare-conflict` is listed for
 * HR and for an assessor who has not declared their own conflict yet.
 *
 * @category Workflow
 * @example
 * ```ts
 * availableActions(assessedWithGap, { id: 'S1' }); // ['start-dialogue', 'declare-conflict']
 * availableActions(released, { id: 'E1' }, { asOf: isoDate('2026-03-10') }); // ['appeal']
 * ```
 */
export function availableActions(
  evaluation: Evaluation,
  actor: Actor,
  options: AvailableActionsOptions = {},
): EvaluationActionType[] {
  const { settings } = resolveSettings(options.ruleset);
  const out: EvaluationActionType[] = [];
  for (const type of EVALUATION_ACTIONS) {
    if ('issue' in lifecycleGate(evaluation, type, settings)) continue;
    const decision = authorize(actor, type, evaluation);
    if (!decision.allowed) continue;
    // An assessor declares only their own conflict, and only once.
    if (
      type === 'declare-conflict' &&
      decision.as !== 'pengelola-kinerja' &&
      evaluation.conflicts.some((c) => c.assessorId === actor.id)
    )
      continue;
    if (type === 'appeal' && options.asOf !== undefined) {
      try {
        const deadline = evaluationAppealDeadline(evaluation, options);
        if (deadline === null || compareDates(options.asOf, deadline) > 0) continue;
      } catch (e) {
        if (e instanceof KinerjaError) continue;
        throw e;
      }
    }
    out.push(type);
  }
  return out;
}
