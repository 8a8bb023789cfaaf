import { compareDates, type IsoDate } from '../date/index';
import { err, type Issue, issue, ok, parseWithSchema, type Result } from '../explain/index';
import { workflowMessages } from '../explain/messages/workflow';
import { authorizeSkpPlan } from './authorize-skp-plan';
import { readObject, readOptions } from './internal/read';
import { actionType, denialIssue, readActor } from './internal/roles';
import { SKP_PLAN_TRANSITIONS } from './lifecycle';
import {
  openOptionsSchema,
  SKP_PLAN_ACTION_SCHEMAS,
  skpPlanActionTypeSchema,
  skpPlanSchema,
} from './schemas';
import type { Actor, SkpHistoryEntry, SkpPlan, SkpPlanAction, SkpPlanActionType } from './types';

/**
 * Options of {@link transitionSkpPlan}.
 *
 * @category Workflow
 * @example
 * ```ts
 * const o: SkpTransitionOptions = { asOf: assertIsoDate('2026-01-20') };
 * ```
 */
export interface SkpTransitionOptions {
  /** The day the action happens. */
  readonly asOf: IsoDate;
}

const ACTIONS: readonly SkpPlanActionType[] = skpPlanActionTypeSchema.options;

/**
 * Moves an SKP plan through its lifecycle ({@link SKP_PLAN_TRANSITIONS}): the employee submits a
 * draft (optionally with new content), the pejabat penilai approves it or returns it to draft with
 * a reason. Returns the new plan (revision one higher, one more history entry) or the issues, in
 * the gates of {@link transition}: `workflow.skp-invalid-transition`, then `workflow.deny.*`, then
 * the payload (`workflow.reason-required`, `workflow.not-json`, `input.unknown-key`) and
 * `workflow.date-before-previous`. An approved plan is final. The arguments are read with
 * {@link skpPlanSchema}, {@link skpPlanActionSchema} and {@link actorSchema}: never an exception.
 *
 * @category Workflow
 * @example
 * ```ts
 * const submitted = transitionSkpPlan(draft, { type: 'submit' }, { id: 'E1' }, { asOf: assertIsoDate('2026-01-10') });
 * const back = submitted.ok && transitionSkpPlan(submitted.value, { type: 'return', reason: 'Target IKI 3 belum terukur' }, { id: 'S1' }, { asOf: assertIsoDate('2026-01-12') });
 * back && back.ok && back.value.state; // 'draft'
 * back && back.ok && back.value.returned; // { reason: 'Target IKI 3 belum terukur', by: 'S1', on: '2026-01-12' }
 * ```
 */
export function transitionSkpPlan(
  plan: SkpPlan,
  action: SkpPlanAction,
  actor: Actor,
  options: SkpTransitionOptions,
): Result<SkpPlan, Issue[]> {
  const pre: Issue[] = [];
  const opts = readOptions(openOptionsSchema, options, pre);
  const p = parseWithSchema(skpPlanSchema, plan, ['plan']);
  if (!p.ok) pre.push(...p.issues);
  const type = actionType(action);
  if (
    !(ACTIONS as readonly string[]).includes(type) ||
    typeof action !== 'object' ||
    action === null ||
    Array.isArray(action)
  ) {
    pre.push(
      issue(workflowMessages, 'workflow.unknown-action', ['action', 'type'], {
        value: type,
        expected: ACTIONS.join(', '),
      }),
    );
  }
  const who = readActor(actor);
  if (who === undefined) pre.push(issue(workflowMessages, 'workflow.invalid-actor', ['actor']));
  if (pre.length > 0 || opts === undefined || !p.ok || who === undefined) return err(pre);
  const current = p.value;
  const actionName = type as SkpPlanActionType;
  const { asOf } = opts;

  const row = SKP_PLAN_TRANSITIONS.find((r) => r.from === current.state && r.action === actionName);
  if (row === undefined) {
    const allowed = SKP_PLAN_TRANSITIONS.filter((r) => r.action === actionName).map((r) => r.from);
    return err([
      issue(workflowMessages, 'workflow.skp-invalid-transition', [], {
        action: actionName,
        state: current.state,
        allowed: allowed.join(', '),
      }),
    ]);
  }
  const decision = authorizeSkpPlan(who, actionName, current);
  if (!decision.allowed || decision.as === undefined) return err([denialIssue(decision, ['actor'])]);

  const issues: Issue[] = [];
  const previous = current.history[current.history.length - 1];
  if (previous !== undefined && compareDates(asOf, previous.asOf) < 0)
    issues.push(
      issue(workflowMessages, 'workflow.date-before-previous', ['options', 'asOf'], {
        asOf,
        previous: previous.asOf,
      }),
    );
  const payload = readObject(SKP_PLAN_ACTION_SCHEMAS[actionName], action, ['action'], issues).value;
  if (issues.length > 0 || payload === undefined) return err(issues);
  let next: SkpPlan = current;
  let reason: string | null = null;
  if (payload.type === 'submit') {
    if (payload.content !== undefined) next = { ...next, content: payload.content };
  } else if (payload.type === 'approve') {
    next = { ...next, approved: { by: who.id, on: asOf } };
  } else {
    reason = payload.reason;
    next = { ...next, returned: { reason, by: who.id, on: asOf } };
  }
  const revision = current.revision + 1;
  const entry: SkpHistoryEntry = {
    action: actionName,
    actor: who.id,
    role: decision.as,
    asOf,
    reason,
    from: current.state,
    to: row.to,
    revision,
  };
  return ok({ ...next, state: row.to, revision, history: [...current.history, entry] });
}
