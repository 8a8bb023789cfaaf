import { compareDates } from '../date/index';
import { err, type Issue, issue, ok, parseWithSchema, type Result } from '../explain/index';
import { workflowMessages } from '../explain/messages/workflow';
import { authorize } from './authorize';
import { STEPS } from './internal/evaluation-steps';
import { lifecycleGate } from './internal/gate';
import { readObject, readOptions } from './internal/read';
import { actionType, denialIssue, readActor } from './internal/roles';
import { resolveSettings, withRuleset } from './internal/settings';
import { EVALUATION_ACTIONS } from './lifecycle';
import { EVALUATION_ACTION_SCHEMAS, evaluationSchema, transitionOptionsSchema } from './schemas';
import type {
  Actor,
  Evaluation,
  EvaluationAction,
  EvaluationActionType,
  HistoryEntry,
  TransitionOptions,
} from './types';

/**
 * Applies one action to an evaluation and returns the new evaluation, or the issues that refuse it.
 * It never changes its input: the result is a new object with the revision one higher and one
 * more history entry (`action`, `actor`, `role`, `asOf`, `reason`, `from`, `to`, `revision`).
 *
 * Checks run in three gates; a gate that fails ends the check with its issues:
 * 1. **Lifecycle**: the (state, action) pair must be in {@link EVALUATION_TRANSITIONS}
 *    (`workflow.invalid-transition`), with the ruleset's settings: `workflow.self-assessment-required`,
 *    `workflow.dialogue-required`, `workflow.mediation-required`.
 * 2. **Authority**: {@link authorize} must allow the actor; a denial is an issue with the denial's
 *    code (`workflow.deny.*`, e.g. `workflow.deny.conflict-of-interest`) at path `['actor']`.
 *    An unauthorised actor learns nothing about the payload.
 * 3. **Content**, every problem reported: the payload (`input.*`, `workflow.reason-required`,
 *    `workflow.revision-required`, …), `asOf` not before the previous transition
 *    (`workflow.date-before-previous`), an appeal within its deadline (`workflow.appeal-late`,
 *    with the deadline: `calendar.appeal` of the ruleset counted from the release, 14 calendar days
 *    by default, or working days skipping weekends and `holidays`).
 *
 * Before the gates, the arguments are read with their schemas ({@link evaluationSchema},
 * the action's type, {@link actorSchema}, {@link transitionOptionsSchema}); whatever they are
 * (null, garbage, 10,000-level nesting), the answer is a `Result`, never an exception.
 *
 * A finalised evaluation changes only through `release`, `appeal` and `decide-appeal` (the only
 * action that may revise the result of record after finalisation), `declare-conflict`, and a
 * `reassign` of the atasan; `decided` is final.
 *
 * @category Workflow
 * @example
 * ```ts
 * const asOf = assertIsoDate('2026-01-10');
 * const r = transition(evaluation, { type: 'self-assess', ratings: { perilaku: 'sesuai-ekspektasi' } }, { id: 'E1' }, { asOf });
 * r.ok && r.value.state; // 'self-assessed'
 *
 * const late = transition(released, { type: 'appeal', reasons: ['IKI 2 tidak dihitung'] }, { id: 'E1' }, { asOf: assertIsoDate('2026-03-17') });
 * // released on 2026-03-02: { ok: false, issues: [{ code: 'workflow.appeal-late', params: { deadline: '2026-03-16', daysLate: 1, … } }] }
 * ```
 */
export function transition(
  evaluation: Evaluation,
  action: EvaluationAction,
  actor: Actor,
  options: TransitionOptions,
): Result<Evaluation, Issue[]> {
  const pre: Issue[] = [];
  const opts = readOptions(transitionOptionsSchema, withRuleset(options, pre), pre);
  const ev = parseWithSchema(evaluationSchema, evaluation, ['evaluation']);
  if (!ev.ok) pre.push(...ev.issues);
  const type = actionType(action);
  const known = (EVALUATION_ACTIONS as readonly string[]).includes(type);
  if (!known || typeof action !== 'object' || action === null || Array.isArray(action)) {
    pre.push(
      issue(workflowMessages, 'workflow.unknown-action', ['action', 'type'], {
        value: type,
        expected: EVALUATION_ACTIONS.join(', '),
      }),
    );
  }
  const who = readActor(actor);
  if (who === undefined) pre.push(issue(workflowMessages, 'workflow.invalid-actor', ['actor']));
  if (pre.length > 0 || opts === undefined || !ev.ok || who === undefined) return err(pre);
  const current = ev.value;
  const actionName = type as EvaluationActionType;
  const { asOf } = opts;
  const settings = resolveSettings(opts.ruleset);

  // Gate 1: the lifecycle.
  const gate = lifecycleGate(current, actionName, settings);
  if ('issue' in gate) return err([gate.issue]);

  // Gate 2: authority.
  const decision = authorize(who, action, current);
  if (!decision.allowed || decision.as === undefined) return err([denialIssue(decision, ['actor'])]);

  // Gate 3: content.
  const issues: Issue[] = [];
  const previous = current.history[current.history.length - 1];
  if (previous !== undefined && compareDates(asOf, previous.asOf) < 0) {
    issues.push(
      issue(workflowMessages, 'workflow.date-before-previous', ['options', 'asOf'], {
        asOf,
        previous: previous.asOf,
      }),
    );
  }
  const payload = readObject(EVALUATION_ACTION_SCHEMAS[actionName], action, ['action'], issues);
  const step = STEPS[actionName]({
    evaluation: current,
    action: payload.fields as Record<string, unknown>,
    complete: payload.value !== undefined,
    given: payload.given,
    actorId: who.id,
    asOf,
    settings,
    rules: opts.ruleset,
    holidays: opts.holidays,
    weekend: opts.weekend,
    issues,
  });
  if (issues.length > 0 || step === undefined) return err(issues);
  const row = gate.rows.length === 1 ? gate.rows[0] : gate.rows.find((r) => r.when === step.select);
  if (row === undefined) {
    // Unreachable while STEPS and EVALUATION_TRANSITIONS agree; reported rather than thrown.
    return err([
      issue(workflowMessages, 'workflow.invalid-transition', [], {
        action: actionName,
        state: current.state,
        allowed: '',
      }),
    ]);
  }
  const revision = current.revision + 1;
  const entry: HistoryEntry = {
    action: actionName,
    actor: who.id,
    role: decision.as,
    asOf,
    reason: step.reason,
    from: current.state,
    to: row.to,
    revision,
  };
  return ok({
    ...current,
    ...step.patch,
    state: row.to,
    revision,
    history: [...current.history, entry],
  });
}
