import { compareDates, type IsoDate } from '../date/index';
import { err, type Issue, issue, ok, parseWithSchema, type Result } from '../explain/index';
import { workflowMessages } from '../explain/messages/workflow';
import { authorize } from './authorize';
import { deadlineOf } from './internal/deadline';
import { lifecycleGate } from './internal/gate';
import { readOptions } from './internal/read';
import { readActor } from './internal/roles';
import { resolveSettings, withRuleset } from './internal/settings';
import { EVALUATION_ACTIONS } from './lifecycle';
import { availableActionsOptionsSchema, evaluationSchema } from './schemas';
import type { Actor, Evaluation, EvaluationActionType, WorkflowRuleset } from './types';

/**
 * Options of {@link availableActions}: those of {@link transition}, all optional. Without `asOf`,
 * the appeal deadline is not checked.
 *
 * @category Workflow
 * @example
 * ```ts
 * const o: AvailableActionsOptions = { asOf: assertIsoDate('2026-03-10') };
 * ```
 */
export interface AvailableActionsOptions {
  /** The day; when given, `appeal` is listed only on or before the appeal deadline. */
  readonly asOf?: IsoDate;
  /** The ruleset (a pack id, a parsed or compiled ruleset, or the parts the workflow reads). */
  readonly ruleset?: WorkflowRuleset;
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
 * Returns a `Result`: an evaluation, actor or options that cannot be read are issues
 * (`input.*`, `date.*`, `workflow.invalid-actor`), never an exception and never a silent `[]`.
 *
 * @category Workflow
 * @example
 * ```ts
 * availableActions(assessedWithGap, { id: 'S1' }); // { ok: true, value: ['start-dialogue', 'declare-conflict'] }
 * availableActions(released, { id: 'E1' }, { asOf: assertIsoDate('2026-03-10') }); // { ok: true, value: ['appeal'] }
 * ```
 */
export function availableActions(
  evaluation: Evaluation,
  actor: Actor,
  options: AvailableActionsOptions = {},
): Result<EvaluationActionType[], Issue[]> {
  const issues: Issue[] = [];
  const opts = readOptions(availableActionsOptionsSchema, withRuleset(options, issues), issues);
  const ev = parseWithSchema(evaluationSchema, evaluation, ['evaluation']);
  if (!ev.ok) issues.push(...ev.issues);
  const who = readActor(actor);
  if (who === undefined) issues.push(issue(workflowMessages, 'workflow.invalid-actor', ['actor']));
  if (issues.length > 0 || opts === undefined || !ev.ok || who === undefined) return err(issues);
  const current = ev.value;
  const settings = resolveSettings(opts.ruleset);
  const out: EvaluationActionType[] = [];
  for (const type of EVALUATION_ACTIONS) {
    if ('issue' in lifecycleGate(current, type, settings)) continue;
    const decision = authorize(who, type, current);
    if (!decision.allowed) continue;
    // An assessor declares only their own conflict, and only once.
    if (
      type === 'declare-conflict' &&
      decision.as !== 'pengelola-kinerja' &&
      current.conflicts.some((c) => c.assessorId === who.id)
    )
      continue;
    if (type === 'appeal' && opts.asOf !== undefined && current.releasedOn !== null) {
      const deadline = deadlineOf(current.releasedOn, settings, opts.ruleset, opts);
      if (!deadline.ok) return err(deadline.issues);
      if (compareDates(opts.asOf, deadline.value) > 0) continue;
    }
    out.push(type);
  }
  return ok(out);
}
