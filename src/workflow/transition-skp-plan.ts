import { compareDates, type IsoDate, parseIsoDate } from '../date/index';
import { err, type Issue, issue, ok, type Result } from '../explain/index';
import { authorizeSkpPlan } from './authorize-skp-plan';
import { checkKeys, copyJson, isRecord, kindOf, readReason } from './internal/payload';
import { denialIssue, isActor } from './internal/roles';
import { SKP_PLAN_STATES, SKP_PLAN_TRANSITIONS } from './lifecycle';
import type {
  Actor,
  SkpHistoryEntry,
  SkpPlan,
  SkpPlanAction,
  SkpPlanActionType,
  SkpPlanState,
} from './types';

/**
 * Options of {@link transitionSkpPlan}.
 *
 * @category Workflow
 * @example
 * ```ts
 * const o: SkpTransitionOptions = { asOf: isoDate('2026-01-20') };
 * ```
 */
export interface SkpTransitionOptions {
  /** The day the action happens. */
  readonly asOf: IsoDate;
}

const ACTIONS: readonly SkpPlanActionType[] = ['submit', 'approve', 'return'];

/**
 * Moves an SKP plan through its lifecycle ({@link SKP_PLAN_TRANSITIONS}): the employee submits a
 * draft (optionally with new content), the pejabat penilai approves it or returns it to draft with
 * a reason. Returns the new plan (revision one higher, one more history entry) or the issues, in
 * the gates of {@link transition}: `workflow.skp-invalid-transition`, then `workflow.deny.*`, then
 * the payload (`workflow.reason-required`, `workflow.not-json`, `input.unknown-key`) and
 * `workflow.date-before-previous`. An approved plan is final.
 *
 * @category Workflow
 * @example
 * ```ts
 * const submitted = transitionSkpPlan(draft, { type: 'submit' }, { id: 'E1' }, { asOf: isoDate('2026-01-10') });
 * const back = submitted.ok && transitionSkpPlan(submitted.value, { type: 'return', reason: 'Target IKI 3 belum terukur' }, { id: 'S1' }, { asOf: isoDate('2026-01-12') });
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
  const when = parseIsoDate(isRecord(options) ? options.asOf : undefined, ['options', 'asOf']);
  if (!when.ok) pre.push(...when.issues);
  const p: unknown = plan;
  if (
    !isRecord(p) ||
    !SKP_PLAN_STATES.includes(p.state as SkpPlanState) ||
    !Array.isArray(p.history) ||
    !Number.isSafeInteger(p.revision)
  ) {
    pre.push(issue('input.invalid-type', ['plan'], { expected: 'SkpPlan', received: kindOf(p) }));
  }
  const rawAction: unknown = action;
  const type: unknown = isRecord(rawAction) ? rawAction.type : rawAction;
  if (!isRecord(rawAction) || typeof type !== 'string' || !(ACTIONS as readonly string[]).includes(type)) {
    pre.push(
      issue('workflow.unknown-action', ['action', 'type'], {
        value: typeof type === 'string' ? type : kindOf(type),
        expected: ACTIONS.join(', '),
      }),
    );
  }
  if (!isActor(actor)) pre.push(issue('workflow.invalid-actor', ['actor']));
  if (pre.length > 0 || !when.ok || !isRecord(rawAction)) return err(pre);
  const actionType = type as SkpPlanActionType;
  const asOf = when.value;

  const row = SKP_PLAN_TRANSITIONS.find((r) => r.from === plan.state && r.action === actionType);
  if (row === undefined) {
    const allowed = SKP_PLAN_TRANSITIONS.filter((r) => r.action === actionType).map((r) => r.from);
    return err([
      issue('workflow.skp-invalid-transition', [], {
        action: actionType,
        state: plan.state,
        allowed: allowed.join(', '),
      }),
    ]);
  }
  const decision = authorizeSkpPlan(actor, action, plan);
  if (!decision.allowed || decision.as === undefined) return err([denialIssue(decision, ['actor'])]);

  const issues: Issue[] = [];
  const previous = plan.history[plan.history.length - 1];
  if (previous !== undefined && compareDates(asOf, previous.asOf) < 0)
    issues.push(
      issue('workflow.date-before-previous', ['options', 'asOf'], { asOf, previous: previous.asOf }),
    );
  let next: SkpPlan = plan;
  let reason: string | null = null;
  if (actionType === 'submit') {
    checkKeys(rawAction, ['type', 'content'], ['action'], issues);
    if (rawAction.content !== undefined) {
      const content = copyJson(rawAction.content, ['action', 'content'], issues);
      if (content !== undefined) next = { ...next, content };
    }
  } else if (actionType === 'approve') {
    checkKeys(rawAction, ['type'], ['action'], issues);
    next = { ...next, approved: { by: actor.id, on: asOf } };
  } else {
    checkKeys(rawAction, ['type', 'reason'], ['action'], issues);
    const r = readReason(rawAction.reason, ['action', 'reason'], issues);
    if (r !== undefined) {
      reason = r;
      next = { ...next, returned: { reason: r, by: actor.id, on: asOf } };
    }
  }
  if (issues.length > 0) return err(issues);
  const revision = plan.revision + 1;
  const entry: SkpHistoryEntry = {
    action: actionType,
    actor: actor.id,
    role: decision.as,
    asOf,
    reason,
    from: plan.state,
    to: row.to,
    revision,
  };
  return ok({ ...next, state: row.to, revision, history: [...plan.history, entry] });
}
